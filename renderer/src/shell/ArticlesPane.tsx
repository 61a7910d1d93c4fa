import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueView } from '../../../preload/api';
import type { IssueViewModel } from './useIssueView';
import { ArticleFilters } from '../issue/ArticleFilters';
import { ArticleList } from '../issue/ArticleList';
import { IssueFooter } from '../issue/IssueFooter';
import { IssueHeading } from '../issue/IssueHeading';
import { sumCounts } from '../text/articleCounts';

export interface ArticlesPaneProps {
  issue: IssueView;
  view: IssueViewModel;
  importPanel: ReactNode;
  onRenamed(): void;
}

/** The middle pane: the issue's title and decoding warnings, the filters, the list and its counts. */
export function ArticlesPane({ issue, view, importPanel, onRenamed }: ArticlesPaneProps) {
  const { t } = useTranslation();
  const shown = useMemo(
    () => ({ ...sumCounts(view.visible), articles: view.visible.length }),
    [view.visible],
  );
  const selection = useMemo(
    () => (view.targets.length > 1 ? { ...sumCounts(view.targets), articles: view.targets.length } : null),
    [view.targets],
  );
  return (
    <section className="pane pane-articles" data-testid="articles-pane" aria-label={issue.title}>
      {importPanel}
      <IssueHeading issueId={issue.id} title={issue.title} onRenamed={onRenamed} />
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
  );
}
