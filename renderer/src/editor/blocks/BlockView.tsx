import { useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_KINDS, type BlockKind, type StoredBlock } from '../../../../preload/api';
import { markerSignature, type BlockMarker } from './blockMarkers';
import { renderBlockContent } from './renderBlockContent';
import { placeCaret, selectionOffsets, textOf } from './caretOffset';
import { splitPaste } from './splitPaste';

export interface BlockActions {
  onTyping: (blockId: string, text: string) => void;
  onLeaveText: (blockId: string) => void;
  onSplit: (blockId: string, offset: number) => void;
  onJoinNext: (blockId: string) => void;
  onJoinPrevious: (blockId: string) => void;
  /** `caretInLast`: where the caret belongs in the last new block (just after the pasted text). */
  onPasteLines: (blockId: string, texts: string[], caretInLast: number) => void;
  onKind: (blockId: string, kind: BlockKind) => void;
  onFocusBlock: (blockId: string) => void;
  isDirty: (blockId: string) => boolean;
}

export interface BlockViewProps {
  block: StoredBlock;
  markers: readonly BlockMarker[];
  isFirst: boolean;
  isLast: boolean;
  active: boolean;
  actions: BlockActions;
}

/** Whether the key press belongs to an IME composition (Chinese input): never act on those. */
function composing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** The editing keys of a block: Enter splits, Delete at the end and Backspace at the start join. */
function handleEditingKey(
  event: KeyboardEvent<HTMLDivElement>,
  props: BlockViewProps,
  wrapper: HTMLElement | null,
): void {
  const { block, actions, isFirst, isLast } = props;
  if (composing(event) || event.altKey || event.ctrlKey || event.metaKey) return;
  const root = event.currentTarget;
  const caret = selectionOffsets(root);
  const length = textOf(root).length;
  if (event.key === 'Enter') {
    event.preventDefault(); // a block never holds a line break
    if (caret && !event.shiftKey && caret.start > 0 && caret.start < length)
      actions.onSplit(block.id, caret.start);
  } else if (
    event.key === 'Delete' &&
    caret &&
    caret.start === caret.end &&
    caret.end === length &&
    !isLast
  ) {
    event.preventDefault();
    actions.onJoinNext(block.id);
  } else if (
    event.key === 'Backspace' &&
    caret &&
    caret.start === caret.end &&
    caret.start === 0 &&
    !isFirst
  ) {
    event.preventDefault();
    actions.onJoinPrevious(block.id);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    wrapper?.focus(); // leave the text, keep the block selected for H / S
  }
}

/** One body block: its kind as a label in the margin, its text edited in place with repair markers. */
export function BlockView(props: BlockViewProps): React.JSX.Element {
  const { block, markers, active, actions } = props;
  const { t } = useTranslation('editor');
  const wrapper = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const signature = markerSignature(markers);

  // Redraw only when the stored text or the markers changed, and never over unsaved typing.
  useLayoutEffect(() => {
    const root = text.current;
    if (!root || actions.isDirty(block.id)) return;
    if (root.dataset.signature === signature && textOf(root) === block.text) return;
    const focused = root.ownerDocument.activeElement === root;
    const caret = focused ? selectionOffsets(root) : null;
    renderBlockContent(root, block.text, markers);
    root.dataset.signature = signature;
    if (caret) placeCaret(root, caret.start);
  }, [block.id, block.text, markers, signature, actions]);

  const onPaste = (event: ClipboardEvent<HTMLDivElement>): void => {
    const pasted = event.clipboardData.getData('text/plain');
    const caret = selectionOffsets(event.currentTarget);
    if (!caret || !/[\r\n\u2028\u2029]/.test(pasted)) return;
    event.preventDefault();
    const current = textOf(event.currentTarget);
    const texts = splitPaste(current, caret.start, caret.end, pasted);
    const last = texts[texts.length - 1] ?? '';
    actions.onPasteLines(block.id, texts, Math.max(0, last.length - (current.length - caret.end)));
  };

  return (
    <div
      ref={wrapper}
      className={`block block--${block.kind}${active ? ' is-active' : ''}`}
      data-testid="block"
      data-block-id={block.id}
      data-kind={block.kind}
      tabIndex={-1}
      onFocus={() => actions.onFocusBlock(block.id)}
    >
      <select
        className="block__kind"
        data-testid="block-kind"
        aria-label={t('block.kindLabel')}
        value={block.kind}
        onChange={(event) => actions.onKind(block.id, event.currentTarget.value as BlockKind)}
      >
        {BLOCK_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </select>
      <div
        ref={text}
        className="block__text"
        data-testid="block-text"
        data-store-field
        contentEditable="plaintext-only"
        suppressContentEditableWarning
        spellCheck={false}
        role="textbox"
        aria-label={t(`kinds.${block.kind}`)}
        onInput={(event) => actions.onTyping(block.id, textOf(event.currentTarget))}
        onBlur={() => actions.onLeaveText(block.id)}
        onKeyDown={(event) => handleEditingKey(event, props, wrapper.current)}
        onPaste={onPaste}
      />
    </div>
  );
}
