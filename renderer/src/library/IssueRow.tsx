import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../preload/api';

export interface IssueRowProps {
  issue: IssueSummary;
  current: boolean;
  onOpen(issueId: string): void;
  onRemove(issue: IssueSummary): void;
}

/** One issue in the library: title, import date, article count and approval progress. */
export function IssueRow({ issue, current, onOpen, onRemove }: IssueRowProps) {
  const { t, i18n } = useTranslation();
  const approved = issue.statusCounts.approved ?? 0;
  const date = new Date(issue.importedAt).toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <li
      className={current ? 'issue-row is-current' : 'issue-row'}
      data-testid="issue-row"
      data-issue-id={issue.id}
    >
      <button
        type="button"
        className="issue-open"
        onClick={() => onOpen(issue.id)}
        aria-current={current ? 'page' : undefined}
      >
        <span className="issue-title">{issue.title}</span>
        <span className="issue-meta">
          {t('library.imported', { date })} · {t('library.articles', { count: issue.articleCount })}
        </span>
        <span className="issue-progress">
          <progress max={Math.max(1, issue.articleCount)} value={approved} />
          <span>{t('library.progress', { approved, total: issue.articleCount })}</span>
        </span>
      </button>
      <button
        type="button"
        className="icon-button issue-remove"
        data-testid="issue-remove"
        onClick={() => onRemove(issue)}
        aria-label={t('library.removeLabel', { title: issue.title })}
        title={t('library.removeLabel', { title: issue.title })}
      >
        ×
      </button>
    </li>
  );
}
