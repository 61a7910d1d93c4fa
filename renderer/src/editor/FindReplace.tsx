import { useMemo, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EditOp, IssueView } from '../../../preload/api';
import { findHits, type FindHit } from './find/findHits';
import { replaceOneOp } from './find/replaceOneOp';
import { revealHit } from './find/revealHit';
import { FindHitList } from './find/FindHitList';
import './find/find.css';

export interface FindReplaceProps {
  issue: IssueView;
  applyEdit: (op: EditOp) => Promise<boolean>;
  open: 'find' | 'replace' | null;
  onClose: () => void;
  onOpenArticle: (articleId: string) => void;
}

/**
 * Find within the issue (every hit across articles, jump to one) and replace one or all. The panel
 * floats over the desk from document.body: as a child of the three-column grid it would take a
 * grid cell of its own and push the panes about.
 */
export function FindReplace(props: FindReplaceProps): React.JSX.Element | null {
  if (!props.open) return null;
  return createPortal(<FindReplacePanel {...props} open={props.open} />, document.body);
}

function FindReplacePanel({
  issue,
  applyEdit,
  open,
  onClose,
  onOpenArticle,
}: FindReplaceProps & { open: 'find' | 'replace' }): React.JSX.Element {
  const { t } = useTranslation('editor');
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [jumped, setJumped] = useState(false);
  const hits = useMemo(() => findHits(issue, query, matchCase), [issue, query, matchCase]);
  const articles = new Set(hits.map((hit) => hit.articleId)).size;
  const current = Math.min(selected, Math.max(0, hits.length - 1));

  const jump = (hit: FindHit | undefined, index: number): void => {
    if (!hit) return;
    setSelected(index);
    setJumped(true);
    onOpenArticle(hit.articleId);
    revealHit(hit);
  };
  const replaceOne = async (hit: FindHit): Promise<void> => {
    const op = replaceOneOp(issue, hit, replacement);
    const ok = op ? await applyEdit(op) : false;
    setMessage(ok ? null : t('find.failed'));
  };
  const replaceAll = async (): Promise<void> => {
    const count = hits.length;
    const ok = await applyEdit({ type: 'replaceText', find: query, replace: replacement, matchCase });
    setMessage(ok ? t('find.replaced', { count }) : t('find.failed'));
  };
  /** Enter / ↓ go to the next hit (the first Enter to the current one), Shift+Enter / ↑ back. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const inField = event.target instanceof HTMLInputElement && event.target.type === 'text';
    const back = event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey);
    const forward = event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey);
    if (event.key === 'Escape') onClose();
    else if (inField && (back || forward) && hits.length > 0) {
      const step = back ? -1 : jumped ? 1 : 0;
      const next = (current + step + hits.length) % hits.length;
      jump(hits[next], next);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <section
      className="find"
      data-testid="find-replace"
      role="search"
      aria-label={t('find.label')}
      onKeyDown={onKeyDown}
    >
      <div className="find__fields">
        <input
          type="text"
          data-testid="find-input"
          aria-label={t('find.find')}
          placeholder={t('find.find')}
          value={query}
          autoFocus
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setSelected(0);
            setJumped(false);
            setMessage(null);
          }}
        />
        {open === 'replace' ? (
          <input
            type="text"
            data-testid="replace-input"
            aria-label={t('find.replace')}
            placeholder={t('find.replace')}
            value={replacement}
            onChange={(event) => setReplacement(event.currentTarget.value)}
          />
        ) : null}
        <label className="find__case">
          <input
            type="checkbox"
            checked={matchCase}
            onChange={(event) => setMatchCase(event.currentTarget.checked)}
          />
          {t('find.matchCase')}
        </label>
        {open === 'replace' ? (
          <button
            type="button"
            data-testid="replace-all"
            disabled={hits.length === 0}
            onClick={() => void replaceAll()}
          >
            {t('find.replaceAll')}
          </button>
        ) : null}
        <button type="button" className="find__close" onClick={onClose} aria-label={t('find.close')}>
          ×
        </button>
      </div>
      <p className="find__count" data-testid="find-count" aria-live="polite">
        {message ??
          (query === ''
            ? ''
            : hits.length === 0
              ? t('find.none')
              : t('find.count', { count: hits.length, articles }))}
      </p>
      <FindHitList
        hits={hits}
        current={current}
        canReplace={open === 'replace'}
        onJump={jump}
        onReplace={(hit) => void replaceOne(hit)}
      />
    </section>
  );
}
