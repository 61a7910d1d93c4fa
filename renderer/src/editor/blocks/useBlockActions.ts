import { useMemo, type RefObject } from 'react';
import type { EditOp, StoredArticle } from '../../../../preload/api';
import type { BlockActions } from './BlockView';
import type { EditQueue } from '../useEditQueue';
import { textOf } from './caretOffset';
import { useCaretRestore, type CaretTarget } from './useCaretRestore';

/** The live text of a block as on screen (it may hold typing not saved yet). */
function screenText(container: HTMLElement | null, blockId: string, fallback: string): string {
  const element = container?.querySelector<HTMLElement>(
    `[data-block-id="${CSS.escape(blockId)}"] [data-testid="block-text"]`,
  );
  return element ? textOf(element) : fallback;
}

/**
 * What a block can ask for (split, join, paste, kind, typing), turned into edit ops. Each
 * structural op also says where the caret lands once the store answers.
 */
export function useBlockActions(
  article: StoredArticle,
  container: RefObject<HTMLElement | null>,
  queue: EditQueue,
  run: (op: EditOp) => Promise<boolean>,
  setActiveBlock: (blockId: string) => void,
): BlockActions {
  const setCaret = useCaretRestore(container, article);

  return useMemo<BlockActions>(() => {
    const articleId = article.id;
    const indexOf = (blockId: string): number => article.blocks.findIndex((block) => block.id === blockId);
    const structural = (op: EditOp, caret: CaretTarget): void => {
      setCaret(caret);
      void run(op).then((ok) => {
        if (!ok) setCaret(null);
      });
    };
    const count = article.blocks.length;
    return {
      onTyping: (blockId, text) =>
        queue.noteTyping(blockId, text, article.blocks[indexOf(blockId)]?.text ?? ''),
      onLeaveText: () => void queue.flush(),
      isDirty: (blockId) => queue.isDirty(blockId),
      onFocusBlock: setActiveBlock,
      onKind: (blockId, kind) => void run({ type: 'setBlockKind', articleId, blockId, kind }),
      onSplit: (blockId, offset) =>
        structural(
          { type: 'splitBlock', articleId, blockId, offset },
          { blockIndex: indexOf(blockId) + 1, offset: 0, blockCount: count + 1 },
        ),
      onJoinNext: (blockId) => {
        const at = indexOf(blockId);
        const offset = screenText(container.current, blockId, article.blocks[at]?.text ?? '').length;
        structural(
          { type: 'joinBlocks', articleId, blockId },
          { blockIndex: at, offset, blockCount: count - 1 },
        );
      },
      onJoinPrevious: (blockId) => {
        const previous = article.blocks[indexOf(blockId) - 1];
        if (!previous) return;
        const offset = screenText(container.current, previous.id, previous.text).length;
        structural(
          { type: 'joinBlocks', articleId, blockId: previous.id },
          { blockIndex: indexOf(blockId) - 1, offset, blockCount: count - 1 },
        );
      },
      onPasteLines: (blockId, texts, caretInLast) =>
        structural(
          { type: 'replaceBlock', articleId, blockId, texts },
          {
            blockIndex: indexOf(blockId) + texts.length - 1,
            offset: caretInLast,
            blockCount: count + texts.length - 1,
          },
        ),
    };
  }, [article, container, queue, run, setActiveBlock, setCaret]);
}
