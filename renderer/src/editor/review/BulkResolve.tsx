import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp, IssueView, StoredArticle } from '../../../../preload/api';
import { pendingByReason } from './pendingByReason';
import { ruleText } from './ruleText';

export interface BulkResolveProps {
  issue: IssueView;
  article: StoredArticle;
  run: (op: EditOp) => Promise<boolean>;
}

type Scope = 'article' | 'issue';
type Action = 'accept' | 'reject';

/**
 * Accept or reject every pending suggestion of one reason, in this article or the whole issue: the
 * count is shown and confirmed first, and the whole batch is one edit (one Ctrl/Cmd+Z).
 */
export function BulkResolve({ issue, article, run }: BulkResolveProps): React.JSX.Element | null {
  const { t } = useTranslation('editor');
  const [scope, setScope] = useState<Scope>('article');
  const [chosen, setChosen] = useState<string | null>(null);
  const [asking, setAsking] = useState<Action | null>(null);
  const counts = pendingByReason(scope === 'article' ? [article] : issue.articles);
  const reasons = [...counts.keys()];
  const reason = chosen !== null && counts.has(chosen) ? chosen : (reasons[0] ?? null);
  const count = reason === null ? 0 : (counts.get(reason) ?? 0);

  const confirm = async (action: Action): Promise<void> => {
    if (reason === null) return;
    const articleIds = scope === 'article' ? [article.id] : undefined;
    if (await run({ type: 'resolveRepairs', reason, action, ...(articleIds ? { articleIds } : {}) }))
      setAsking(null);
  };

  return (
    <div className="bulk-resolve" data-testid="bulk-resolve">
      <label>
        {t('bulk.scope')}{' '}
        <select
          data-testid="bulk-scope"
          value={scope}
          onChange={(event) => {
            setScope(event.currentTarget.value as Scope);
            setAsking(null);
          }}
        >
          <option value="article">{t('bulk.scopeArticle')}</option>
          <option value="issue">{t('bulk.scopeIssue')}</option>
        </select>
      </label>
      {reason === null ? (
        <span className="bulk-resolve__none">{t('bulk.none')}</span>
      ) : (
        <>
          <select
            data-testid="bulk-reason"
            aria-label={t('bulk.reason')}
            value={reason}
            onChange={(event) => {
              setChosen(event.currentTarget.value);
              setAsking(null);
            }}
          >
            {reasons.map((key) => (
              <option key={key} value={key}>
                {ruleText(key, t)} ({counts.get(key)})
              </option>
            ))}
          </select>
          {asking ? (
            <span className="bulk-resolve__confirm" role="alertdialog" data-testid="bulk-confirm">
              <span data-testid="bulk-question" data-count={count}>
                {t(asking === 'accept' ? 'bulk.confirmAccept' : 'bulk.confirmReject', {
                  count,
                  reason: ruleText(reason, t),
                  where: t(scope === 'article' ? 'bulk.inArticle' : 'bulk.inIssue'),
                })}
              </span>
              <button
                type="button"
                data-testid="bulk-confirm-button"
                autoFocus
                onClick={() => void confirm(asking)}
              >
                {t(asking === 'accept' ? 'bulk.acceptAll' : 'bulk.rejectAll')}
              </button>
              <button type="button" onClick={() => setAsking(null)}>
                {t('bulk.cancel')}
              </button>
            </span>
          ) : (
            <>
              <button type="button" data-testid="bulk-accept" onClick={() => setAsking('accept')}>
                {t('bulk.acceptAll')}…
              </button>
              <button type="button" data-testid="bulk-reject" onClick={() => setAsking('reject')}>
                {t('bulk.rejectAll')}…
              </button>
            </>
          )}
        </>
      )}
    </div>
  );
}
