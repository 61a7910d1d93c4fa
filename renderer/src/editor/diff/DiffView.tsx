import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredArticle } from '../../../../preload/api';
import { articleText } from './articleText';
import { diffChars, type DiffPart } from './diffChars';
import type { OriginalState } from './useArticleOriginal';

export interface DiffViewProps {
  article: StoredArticle;
  title: string;
  original: OriginalState;
  onRevert: () => void;
}

function countChars(parts: readonly DiffPart[], type: DiffPart['type']): number {
  return parts
    .filter((part) => part.type === type)
    .reduce((sum, part) => sum + Array.from(part.text).length, 0);
}

/** A changed line break is invisible on its own: show it as ⏎ before the break. */
const showBreaks = (text: string): string => text.replace(/\n/g, '⏎\n');

function DiffText({ parts }: { parts: readonly DiffPart[] }): React.JSX.Element {
  return (
    <div className="diff__text" data-testid="diff-text" lang="zh">
      {parts.map((part, index) =>
        part.type === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.type === 'ins' ? (
          <ins key={index} data-testid="diff-ins">
            {showBreaks(part.text)}
          </ins>
        ) : (
          <del key={index} data-testid="diff-del">
            {showBreaks(part.text)}
          </del>
        ),
      )}
    </div>
  );
}

/** Revert, asked in place rather than through a native dialog, so the question names the article. */
function RevertControl({ title, onRevert }: { title: string; onRevert: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor');
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="diff__revert"
        data-testid="revert-button"
        onClick={() => setAsking(true)}
      >
        {t('diff.revert')}
      </button>
    );
  }
  return (
    <div className="diff__confirm" role="alertdialog" data-testid="revert-confirm">
      <span>{t('diff.confirm', { title })}</span>
      <button type="button" data-testid="revert-confirm-button" onClick={onRevert} autoFocus>
        {t('diff.confirmRevert')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('diff.cancel')}
      </button>
    </div>
  );
}

/** The article's current text against the segmenter's original, character by character. */
export function DiffView({ article, title, original, onRevert }: DiffViewProps): React.JSX.Element {
  const { t } = useTranslation('editor');
  const source = original.status === 'ready' ? original.original : null;
  const parts = useMemo(
    () => (source ? diffChars(articleText(source), articleText(article)) : []),
    [source, article],
  );
  const changed = parts.some((part) => part.type !== 'same');

  let body: React.JSX.Element;
  if (original.status === 'failed')
    body = <p role="alert">{t('diff.failed', { title, message: original.message })}</p>;
  else if (original.status !== 'ready') body = <p>{t('diff.loading')}</p>;
  else if (!source) body = <p>{t('diff.noOriginal', { title })}</p>;
  else body = <DiffText parts={parts} />;

  return (
    <section className="diff" data-testid="diff-view" aria-label={t('diff.title')}>
      <header className="diff__head">
        <h2 className="diff__title">{t('diff.title')}</h2>
        {changed ? (
          <span className="diff__summary" data-testid="diff-summary">
            {t('diff.summary', { added: countChars(parts, 'ins'), removed: countChars(parts, 'del') })}
          </span>
        ) : source ? (
          <span className="diff__summary">{t('diff.unchanged')}</span>
        ) : null}
        {source && changed ? <RevertControl title={title} onRevert={onRevert} /> : null}
      </header>
      {article.changedAfterApproval ? (
        <p className="diff__approval" data-testid="diff-changed-after-approval">
          {t('diff.changedAfterApproval')}
        </p>
      ) : null}
      {body}
    </section>
  );
}
