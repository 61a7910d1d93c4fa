import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../preload/api';
import { NO_FILTER, type ArticleFilter } from './filterArticles';

export interface ArticleFiltersProps {
  filter: ArticleFilter;
  /** Tags present in the issue with their counts, most used first. */
  tagCounts: [string, number][];
  label(tag: string): string;
  onChange(filter: ArticleFilter): void;
}

/** Filter the list by tag, status and text; counts update as you type. */
export function ArticleFilters({ filter, tagCounts, label, onChange }: ArticleFiltersProps) {
  const { t } = useTranslation();
  const active = filter.tag !== null || filter.status !== null || filter.text !== '' || filter.needsReview;
  return (
    <div className="article-filters" role="search">
      <input
        type="search"
        value={filter.text}
        placeholder={t('filter.text')}
        aria-label={t('filter.text')}
        data-testid="filter-text"
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <select
        aria-label={t('filter.tag')}
        data-testid="filter-tag"
        value={filter.tag ?? ''}
        onChange={(event) => onChange({ ...filter, tag: event.target.value || null })}
      >
        <option value="">
          {t('filter.tag')}: {t('filter.any')}
        </option>
        {tagCounts.map(([tag, count]) => (
          <option key={tag} value={tag}>
            {label(tag)} ({count})
          </option>
        ))}
      </select>
      <select
        aria-label={t('filter.status')}
        data-testid="filter-status"
        value={filter.status ?? ''}
        onChange={(event) =>
          onChange({ ...filter, status: (event.target.value || null) as ArticleStatus | null })
        }
      >
        <option value="">
          {t('filter.status')}: {t('filter.any')}
        </option>
        {ARTICLE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <label className="filter-check">
        <input
          type="checkbox"
          data-testid="filter-needs-review"
          checked={filter.needsReview}
          onChange={(event) => onChange({ ...filter, needsReview: event.target.checked })}
        />
        {t('filter.needsReview')}
      </label>
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
