import { useTranslation } from 'react-i18next';
import type { TextCounts } from '../text/articleCounts';

export interface IssueFooterProps {
  shown: TextCounts & { articles: number };
  total: number;
  /** Shown when more than one article is selected. */
  selection: (TextCounts & { articles: number }) | null;
}

/** 字数 and article counts for what the list shows, and for the selection. */
export function IssueFooter({ shown, total, selection }: IssueFooterProps) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  const key = shown.articles === total ? 'issue.footer' : 'issue.footerFiltered';
  return (
    <footer className="pane-footer issue-footer" data-testid="issue-footer">
      <span data-testid="issue-counts">
        {t(key, { n: number(shown.count), count: shown.articles, total })}
      </span>
      {selection && (
        <span data-testid="selection-counts">
          {t('issue.selection', {
            count: selection.articles,
            n: number(selection.count),
          })}
        </span>
      )}
    </footer>
  );
}
