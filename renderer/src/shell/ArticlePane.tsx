import { useTranslation } from 'react-i18next';
import type { EditOp, IssueView, StoredArticle, TagSuggestion } from '../../../preload/api';
import { articleCounts } from '../text/articleCounts';
import { TagBar } from '../tags/TagBar';
import { ArticleEditor } from '../editor/ArticleEditor';

export interface ArticlePaneProps {
  issue: IssueView;
  article: StoredArticle | null;
  suggestions: TagSuggestion[];
  label(tag: string): string;
  applyEdit(op: EditOp): Promise<boolean>;
  onOpenArticle(articleId: string): void;
  onAddTag(): void;
  onApprove(): void;
}

/** The right pane: the article editor with the article's status, 字数 and tags around it. */
export function ArticlePane({
  issue,
  article,
  suggestions,
  label,
  applyEdit,
  onOpenArticle,
  onAddTag,
  onApprove,
}: ArticlePaneProps) {
  const { t, i18n } = useTranslation();
  if (!article) {
    return (
      <main className="pane pane-article is-empty" data-testid="article-pane">
        <p className="muted">{t('issue.noArticle')}</p>
      </main>
    );
  }
  const counts = articleCounts(article);
  const number = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  const tag = (add: string[], remove: string[]) =>
    void applyEdit({ type: 'tagArticles', articleIds: [article.id], add, remove });
  return (
    <main className="pane pane-article" data-testid="article-pane" data-article-id={article.id}>
      <header className="article-header">
        <span className={`status-badge is-${article.status}`} data-testid="article-status">
          {t(`status.${article.status}`)}
        </span>
        <span className="muted" data-testid="article-counts">
          {t('article.counts', { count: counts.count, n: number(counts.count) })}
        </span>
        {article.changedAfterApproval && (
          <span className="changed-flag" data-testid="article-changed-after-approval">
            {t('status.changedAfterApproval')}
          </span>
        )}
        {article.status === 'approved' && !article.changedAfterApproval ? (
          <span className="muted">{t('article.approved')}</span>
        ) : (
          <button type="button" data-testid="approve-button" onClick={onApprove} title="A">
            {t('article.approve')}
          </button>
        )}
        {article.status === 'approved' && (
          <button
            type="button"
            data-testid="withdraw-approval"
            onClick={() => void applyEdit({ type: 'setStatus', articleIds: [article.id], status: 'edited' })}
          >
            {t('article.withdraw')}
          </button>
        )}
      </header>
      <div className="article-body">
        <ArticleEditor issue={issue} article={article} applyEdit={applyEdit} onOpenArticle={onOpenArticle} />
      </div>
      <TagBar
        tags={article.tags}
        suggestions={suggestions}
        label={label}
        onAdd={onAddTag}
        onRemove={(removed) => tag([], [removed])}
        onAccept={(added) => tag([added], [])}
      />
    </main>
  );
}
