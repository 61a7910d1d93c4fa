import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { StoredArticle } from '../../../preload/api';
import { ArticleRow } from './ArticleRow';
import { dispatchCommand } from '../commands/commandBus';
import type { ClickModifiers } from './useArticleSelection';

export interface ArticleListProps {
  articles: StoredArticle[];
  /** Reading order (1-based) of each article in the whole issue, by id. */
  orderOf: ReadonlyMap<string, number>;
  currentId: string | null;
  isSelected(articleId: string): boolean;
  label(tag: string): string;
  onClick(articleId: string, modifiers: ClickModifiers): void;
}

const ROW_HEIGHT = 58;

/**
 * The articles in reading order, virtualised so an issue of 1,000 articles paints only the rows in
 * view. The list is one listbox; the current article scrolls into view when J/K move it.
 */
export function ArticleList(props: ArticleListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands out fresh functions every render; React Compiler skips this component, as intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => props.articles[index]?.id ?? index,
  });

  const currentIndex = props.articles.findIndex((article) => article.id === props.currentId);
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  if (props.articles.length === 0) {
    return <p className="muted list-empty">{t('issue.noMatches')}</p>;
  }
  return (
    <div
      ref={scroller}
      className="article-scroller"
      role="listbox"
      aria-label={t('issue.articlesLabel')}
      aria-multiselectable="true"
      aria-activedescendant={props.currentId ? `article-option-${props.currentId}` : undefined}
      data-testid="article-list"
      tabIndex={0}
      onKeyDown={(event) => {
        // The list is one tab stop; ↑ / ↓ move like K / J once it has the focus.
        const id =
          event.key === 'ArrowDown' ? 'article.next' : event.key === 'ArrowUp' ? 'article.prev' : null;
        if (!id || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        dispatchCommand(id);
      }}
      data-count={props.articles.length}
    >
      <div className="article-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const article = props.articles[item.index];
          if (!article) return null;
          return (
            <div key={item.key} className="article-slot" style={{ transform: `translateY(${item.start}px)` }}>
              <ArticleRow
                article={article}
                order={props.orderOf.get(article.id) ?? item.index + 1}
                current={article.id === props.currentId}
                selected={props.isSelected(article.id)}
                label={props.label}
                onClick={props.onClick}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
