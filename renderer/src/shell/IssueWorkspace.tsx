import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryState } from '../hooks/useLibrary';
import type { IssueState } from '../hooks/useIssue';
import type { ImportState } from '../hooks/useImport';
import type { IssueViewModel } from './useIssueView';
import { EmptyLibrary } from '../library/EmptyLibrary';
import { ArticleFilters } from '../issue/ArticleFilters';
import { ArticleList } from '../issue/ArticleList';
import { IssueFooter } from '../issue/IssueFooter';
import { ArticlePane } from './ArticlePane';
import { FindReplace } from '../editor/FindReplace';
import { describeError } from '../api/describeError';
import { sumCounts } from '../text/articleCounts';
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
  const shown = useMemo(
    () => ({ ...sumCounts(view.visible), articles: view.visible.length }),
    [view.visible],
  );
  const selection = useMemo(
    () => (view.targets.length > 1 ? { ...sumCounts(view.targets), articles: view.targets.length } : null),
    [view.targets],
  );

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
      <section className="pane pane-articles" data-testid="articles-pane" aria-label={issue.title}>
        {props.importPanel}
        <header className="pane-header">
          <h2 className="issue-heading" data-testid="issue-title">
            {issue.title}
          </h2>
        </header>
        {issue.warnings.length > 0 && (
          <details className="issue-warnings">
            <summary>
              {t('issue.warnings')} ({issue.warnings.length})
            </summary>
            <ul>
              {issue.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </details>
        )}
        <ArticleFilters
          filter={view.filter}
          tagCounts={view.tagCounts}
          label={view.label}
          onChange={view.setFilter}
        />
        <ArticleList
          articles={view.visible}
          orderOf={view.orderOf}
          currentId={view.current?.id ?? null}
          isSelected={view.selection.has}
          label={view.label}
          onClick={view.selection.click}
        />
        <IssueFooter shown={shown} total={issue.articles.length} selection={selection} />
      </section>
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
      {
        <FindReplace
          issue={issue}
          applyEdit={issueState.applyEdit}
          open={props.find}
          onClose={props.onCloseFind}
          onOpenArticle={view.openArticle}
        />
      }
    </>
  );
}
