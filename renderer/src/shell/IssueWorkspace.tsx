import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryState } from '../hooks/useLibrary';
import type { IssueState } from '../hooks/useIssue';
import type { ImportState } from '../hooks/useImport';
import type { IssueViewModel } from './useIssueView';
import { EmptyLibrary } from '../library/EmptyLibrary';
import { ArticlePane } from './ArticlePane';
import { ArticlesPane } from './ArticlesPane';
import { FindReplace } from '../editor/FindReplace';
import { describeError } from '../api/describeError';
import { useTagSuggestions } from '../tags/useTagSuggestions';
import { dispatchCommand } from '../commands/commandBus';

export interface IssueWorkspaceProps {
  empty: boolean;
  library: LibraryState;
  issueState: IssueState;
  importState: ImportState;
  view: IssueViewModel;
  find: 'find' | 'replace' | null;
  onCloseFind(): void;
  onAddTag(): void;
  importPanel: ReactNode;
}

/** The middle and right panes: the open issue's articles and the current article (or the empty states). */
export function IssueWorkspace(props: IssueWorkspaceProps) {
  const { t } = useTranslation();
  const { issueState, view, importState } = props;
  const { issue } = issueState;
  const suggestions = useTagSuggestions(issue?.id ?? null, view.current?.id ?? null, issue?.revision ?? 0);
  const placeholder = (content: ReactNode) => (
    <section className="pane pane-articles pane-wide" data-testid="articles-pane">
      {props.importPanel}
      {props.library.error && (
        <p className="error" role="alert">
          {t('library.loadFailed', { message: describeError(t, props.library.error) })}
        </p>
      )}
      {content}
    </section>
  );
  if (!issue) {
    if (issueState.loadError) {
      return placeholder(
        <p className="error" role="alert">
          {t('issue.loadFailed', { message: describeError(t, issueState.loadError) })}
        </p>,
      );
    }
    if (props.empty) {
      return placeholder(
        <EmptyLibrary
          busy={importState.running}
          onOpenFiles={() => void importState.openFiles()}
          onImportFolder={() => void importState.importFolder()}
        />,
      );
    }
    return placeholder(<p className="muted">{issueState.loading ? t('app.loading') : t('issue.none')}</p>);
  }

  return (
    <>
      <ArticlesPane
        issue={issue}
        view={view}
        importPanel={props.importPanel}
        onRenamed={() => {
          void issueState.reload();
          void props.library.refresh();
        }}
      />
      <ArticlePane
        issue={issue}
        article={view.current}
        suggestions={suggestions}
        label={view.label}
        applyEdit={issueState.applyEdit}
        onOpenArticle={view.openArticle}
        onAddTag={props.onAddTag}
        onApprove={() => dispatchCommand('article.approveNext')}
      />
      <FindReplace
        issue={issue}
        applyEdit={issueState.applyEdit}
        open={props.find}
        onClose={props.onCloseFind}
        onOpenArticle={view.openArticle}
      />
    </>
  );
}
