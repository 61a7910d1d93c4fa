import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredArticle } from '../../../preload/api';
import { ruleText } from '../editor/review/ruleText';
import type { ClickModifiers } from './useArticleSelection';

export interface ArticleRowProps {
  article: StoredArticle;
  order: number;
  current: boolean;
  selected: boolean;
  /** Tag ids to labels in the interface language. */
  label(tag: string): string;
  onClick(articleId: string, modifiers: ClickModifiers): void;
}

/** One article in the list: order, headline, byline, ⚑ pending repairs, status and tag chips. */
export const ArticleRow = memo(function ArticleRow({
  article,
  order,
  current,
  selected,
  label,
  onClick,
}: ArticleRowProps) {
  const { t } = useTranslation();
  // Why the segmenter started an article here, on hovering its number (absent for split-off articles).
  const start = article.provenance?.start;
  const pending = article.repairs.filter((repair) => repair.state === 'pending').length;
  const className = ['article-row', current && 'is-current', selected && 'is-selected']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="option"
      aria-selected={selected}
      aria-current={current ? 'true' : undefined}
      id={`article-option-${article.id}`}
      className={className}
      data-testid="article-row"
      data-article-id={article.id}
      data-status={article.status}
      onClick={(event) =>
        onClick(article.id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey })
      }
    >
      <span
        className="article-order"
        data-testid="article-start-why"
        title={start ? t('issue.startedBy', { rule: ruleText(start.rule, t) }) : undefined}
      >
        {order}
      </span>
      <span className="article-main">
        <span className={article.headline ? 'article-headline' : 'article-headline is-missing'}>
          {article.headline ?? t('issue.noHeadline')}
        </span>
        <span className="article-sub">
          {article.byline && <span className="article-byline">{article.byline}</span>}
          {article.tags.map((tag) => (
            <span key={tag} className="tag-chip" data-testid="tag-chip" data-tag={tag}>
              {label(tag)}
            </span>
          ))}
        </span>
      </span>
      <span className="article-flags">
        {pending > 0 && (
          <span
            className="repair-flag"
            title={t('issue.pending', { count: pending })}
            data-testid="repair-flag"
          >
            ⚑{pending}
          </span>
        )}
        <span className={`status-badge is-${article.status}`} data-testid="status-badge">
          {t(`status.${article.status}`)}
        </span>
      </span>
    </div>
  );
});
