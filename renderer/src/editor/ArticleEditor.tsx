import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp, IssueView, StoredArticle, TitleRole } from '../../../preload/api';
import { BlockView } from './blocks/BlockView';
import { markersByBlock } from './blocks/blockMarkers';
import { selectedText } from './blocks/selectedText';
import { useBlockActions } from './blocks/useBlockActions';
import { DiffView } from './diff/DiffView';
import { useArticleOriginal } from './diff/useArticleOriginal';
import { EditorToolbar } from './EditorToolbar';
import { ReviewBar } from './review/ReviewBar';
import { BulkResolve } from './review/BulkResolve';
import { ruleText } from './review/ruleText';
import { useReview } from './review/useReview';
import { TitleFields } from './titles/TitleFields';
import { useArticleActions, type ActiveTitle, type Notice } from './useArticleActions';
import { takeHandedNotice } from './noticeHandOff';
import { useEditorCommands } from './useEditorCommands';
import { useEditorKeys } from './useEditorKeys';
import { useEditQueue, type EditQueue } from './useEditQueue';
import { registerPendingEdits } from '../commands/pendingEdits';
import { useCommand } from '../commands/commandBus';
import './editor.css';

export interface ArticleEditorProps {
  issue: IssueView;
  article: StoredArticle;
  applyEdit: (op: EditOp) => Promise<boolean>;
  onOpenArticle?: (articleId: string) => void;
}

/** The name an editor knows the article by, for messages: its headline, else its opening words. */
function articleTitle(article: StoredArticle, untitled: string): string {
  return article.headline ?? article.blocks[0]?.text.slice(0, 16) ?? untitled;
}

/** Copy over several blocks: one paragraph per line, so pasting it back keeps the structure. */
function copyBlocks(event: React.ClipboardEvent<HTMLElement>): void {
  const selection = event.currentTarget.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const text = range && !range.collapsed ? selectedText(event.currentTarget, range) : null;
  if (text === null) return;
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}

/** The nearest ancestor that scrolls vertically: the pane's body. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}

/**
 * Keeps the current review stop in the middle of what the reader sees of the pane (below the sticky
 * toolbar and review bar), with text visible on both sides.
 */
function useScrollToCurrent(
  container: React.RefObject<HTMLElement | null>,
  chrome: React.RefObject<HTMLElement | null>,
  key: string | null,
): void {
  useEffect(() => {
    const marker = key ? container.current?.querySelector<HTMLElement>('[data-current="true"]') : null;
    if (!marker) return;
    const scroller = scrollParent(marker);
    if (!scroller) {
      if (typeof marker.scrollIntoView === 'function') marker.scrollIntoView({ block: 'center' });
      return;
    }
    const view = scroller.getBoundingClientRect();
    const covered = chrome.current?.getBoundingClientRect().height ?? 0;
    const box = marker.getBoundingClientRect();
    const middle = view.top + covered + (view.height - covered) / 2;
    scroller.scrollTop += box.top + box.height / 2 - middle;
  }, [container, chrome, key]);
}

/** Lets the shell see unsaved typing in our blocks and commit it before an issue-level undo. */
function usePendingEdits(queue: EditQueue): void {
  useEffect(
    () =>
      registerPendingEdits({
        hasUnsaved: (field) => {
          const blockId = field.closest<HTMLElement>('[data-block-id]')?.dataset.blockId;
          return blockId !== undefined && queue.isDirty(blockId);
        },
        commit: queue.flush,
      }),
    [queue],
  );
}

function ArticleEditorPane({
  issue,
  article,
  applyEdit,
  onOpenArticle,
}: ArticleEditorProps): React.JSX.Element {
  const { t } = useTranslation('editor');
  const pane = useRef<HTMLElement>(null);
  const chrome = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<Notice | null>(() => takeHandedNotice(article.id));
  const [activeBlockId, setActiveBlockId] = useState<string | null>(null);
  const [activeTitle, setActiveTitle] = useState<ActiveTitle | null>(null);
  // The caret is in one place: a block or a title, whichever took it last.
  const focusBlock = useCallback((blockId: string | null) => {
    setActiveBlockId(blockId);
    if (blockId) setActiveTitle(null);
  }, []);
  const focusTitle = useCallback((role: TitleRole, index: number) => {
    setActiveTitle({ role, index });
    setActiveBlockId(null);
  }, []);
  const [diffOpen, setDiffOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const title = articleTitle(article, t('untitled'));
  const queue = useEditQueue(article.id, applyEdit);
  usePendingEdits(queue);

  const run = useCallback(
    async (op: EditOp): Promise<boolean> => {
      const ok = await queue.run(op);
      setNotice(ok ? null : { tone: 'error', text: t('notices.editFailed', { title }) });
      return ok;
    },
    [queue, t, title],
  );

  const review = useReview(article, run);
  const original = useArticleOriginal(issue.id, article.id, diffOpen);
  const actions = useArticleActions({
    issue,
    article,
    title,
    activeBlockId,
    activeTitle,
    run,
    setNotice,
    onOpenArticle,
  });
  const blockActions = useBlockActions(article, pane, queue, run, focusBlock);
  const toggleDiff = (): void => setDiffOpen((open) => !open);
  const toggleReview = (): void => {
    if (!review.active) pane.current?.focus(); // out of any field, so Enter and Backspace review
    review.toggle();
  };
  const reviewing = { ...review, toggle: toggleReview };
  useEditorCommands(reviewing, actions, toggleDiff);
  useCommand('review.bulk', () => setBulkOpen(true));
  const onKeyDown = useEditorKeys(reviewing, actions, toggleDiff);
  const currentKey = review.active ? (review.current?.key ?? null) : null;
  const markers = useMemo(
    () => markersByBlock(review.stops, currentKey, (reason) => ruleText(reason, t)),
    [review.stops, currentKey, t],
  );
  useScrollToCurrent(pane, chrome, currentKey);

  const revert = (): void => {
    void run({ type: 'revertArticle', articleId: article.id }).then((ok) => ok && setDiffOpen(false));
  };
  const pendingRepairs = article.repairs.filter((repair) => repair.state === 'pending').length;

  return (
    <article
      className="article-editor"
      ref={pane}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="article-editor"
      lang="zh"
    >
      {/* Toolbar, notices and the review bar stay on top of the text, opaque, as one block. */}
      <div className="article-editor__chrome" ref={chrome} data-testid="editor-chrome">
        <EditorToolbar
          reviewing={review.active}
          diffOpen={diffOpen}
          pendingRepairs={pendingRepairs}
          onReview={toggleReview}
          onPromote={actions.promote}
          onSplit={actions.splitArticle}
          onMerge={actions.mergeArticle}
          onDiff={toggleDiff}
        />
        {notice ? (
          <p
            className={`editor-notice editor-notice--${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
            data-testid="editor-notice"
          >
            {notice.text}
            <button type="button" onClick={() => setNotice(null)}>
              {t('notices.dismiss')}
            </button>
          </p>
        ) : null}
        {review.active ? <ReviewBar article={article} review={reviewing} /> : null}
        {review.active || bulkOpen ? <BulkResolve issue={issue} article={article} run={run} /> : null}
      </div>
      {diffOpen ? (
        <DiffView article={article} title={title} original={original} onRevert={revert} />
      ) : (
        <div className="article-editor__page">
          <TitleFields
            article={article}
            onFocusTitle={focusTitle}
            onChange={(change) => void run({ type: 'setTitles', articleId: article.id, ...change })}
          />
          <div className="article-editor__body" data-testid="article-body" onCopy={copyBlocks}>
            {article.blocks.map((block, index) => (
              <BlockView
                key={block.id}
                block={block}
                markers={markers.get(block.id) ?? []}
                isFirst={index === 0}
                isLast={index === article.blocks.length - 1}
                active={block.id === activeBlockId}
                actions={blockActions}
              />
            ))}
          </div>
        </div>
      )}
    </article>
  );
}

/**
 * The article pane: titles, body blocks edited in place with their repair markers, review mode,
 * the diff against the original and revert. Keyed by article, so review, drafts and focus start
 * afresh for each article (pending typing is saved as the old one closes).
 */
export function ArticleEditor(props: ArticleEditorProps): React.JSX.Element {
  return <ArticleEditorPane key={props.article.id} {...props} />;
}
