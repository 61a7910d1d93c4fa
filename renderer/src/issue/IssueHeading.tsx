import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copydesk } from '../api/copydesk';
import { describeError } from '../api/describeError';

export interface IssueHeadingProps {
  issueId: string;
  title: string;
  /** Called after a rename was saved, so the issue and the library list show the new name. */
  onRenamed(): void;
}

/** The issue's name over its article list, renamed in place (Enter saves, Esc keeps the old name). */
export function IssueHeading({ issueId, title, onRenamed }: IssueHeadingProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async (name: string) => {
    if (name.trim() === '' || name.trim() === title) return setDraft(null);
    const result = await copydesk().renameIssue(issueId, name);
    if (!result.ok) return setError(describeError(t, result.error));
    setDraft(null);
    setError(null);
    onRenamed();
  };
  if (draft === null) {
    return (
      <header className="pane-header">
        <h2 className="issue-heading" data-testid="issue-title">
          {title}
        </h2>
        <button
          type="button"
          className="link-button"
          data-testid="rename-issue"
          onClick={() => setDraft(title)}
        >
          {t('issue.rename')}
        </button>
      </header>
    );
  }
  return (
    <header className="pane-header">
      <input
        type="text"
        className="issue-rename"
        data-testid="rename-issue-input"
        aria-label={t('issue.renameLabel')}
        value={draft}
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save(draft);
          else if (event.key === 'Escape') setDraft(null);
          else return;
          event.preventDefault();
          event.stopPropagation();
        }}
      />
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </header>
  );
}
