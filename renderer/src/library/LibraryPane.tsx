import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../preload/api';
import { IssueRow } from './IssueRow';

export interface LibraryPaneProps {
  issues: IssueSummary[];
  currentIssueId: string | null;
  collapsed: boolean;
  busy: boolean;
  onToggleCollapsed(): void;
  onOpenIssue(issueId: string): void;
  onRemoveIssue(issue: IssueSummary): void;
  onOpenFiles(): void;
  onImportFolder(): void;
  /** The library search box and its hits, rendered by the caller. */
  search: React.ReactNode;
}

/** The left pane: the issues in the library, import buttons, library search. Collapsible. */
export function LibraryPane(props: LibraryPaneProps) {
  const { t } = useTranslation();
  if (props.collapsed) {
    return (
      <nav className="pane pane-library is-collapsed" aria-label={t('library.title')}>
        <button
          type="button"
          className="icon-button"
          onClick={props.onToggleCollapsed}
          title={t('library.expand')}
        >
          <span aria-hidden="true">»</span>
          <span className="visually-hidden">{t('library.expand')}</span>
        </button>
      </nav>
    );
  }
  return (
    <nav className="pane pane-library" aria-label={t('library.title')} data-testid="library-pane">
      <header className="pane-header">
        <h2>{t('library.title')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={props.onToggleCollapsed}
          title={t('library.collapse')}
        >
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">{t('library.collapse')}</span>
        </button>
      </header>
      {props.search}
      <ul className="issue-list" data-testid="issue-list">
        {props.issues.map((issue) => (
          <IssueRow
            key={issue.id}
            issue={issue}
            current={issue.id === props.currentIssueId}
            onOpen={props.onOpenIssue}
            onRemove={props.onRemoveIssue}
          />
        ))}
      </ul>
      <footer className="pane-footer library-actions">
        <button
          type="button"
          onClick={props.onOpenFiles}
          data-testid="library-open-files"
          disabled={props.busy}
        >
          {t('library.open')}
        </button>
        <button
          type="button"
          onClick={props.onImportFolder}
          data-testid="library-import-folder"
          disabled={props.busy}
        >
          {t('library.importFolder')}
        </button>
      </footer>
    </nav>
  );
}
