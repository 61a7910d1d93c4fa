import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrarySearch } from './useLibrarySearch';
import { describeError } from '../api/describeError';

export interface LibrarySearchProps {
  onOpenHit(issueId: string, articleId: string): void;
}

/** The library search box with its hits: headline and the match in its context. */
export function LibrarySearch({ onOpenHit }: LibrarySearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { hits, error, answered } = useLibrarySearch(query);
  return (
    <div className="library-search" role="search">
      <input
        id="library-search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        data-testid="library-search"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
      />
      {error && (
        <p className="error" role="alert">
          {describeError(t, error)}
        </p>
      )}
      {answered && !error && (
        <div className="search-hits" data-testid="search-hits">
          <p className="muted">
            {hits.length ? t('search.hits', { count: hits.length }) : t('search.noHits', { query: answered })}
          </p>
          <ul>
            {hits.map((hit, index) => (
              <li key={`${hit.articleId}-${index}`}>
                <button
                  type="button"
                  className="search-hit"
                  onClick={() => onOpenHit(hit.issueId, hit.articleId)}
                >
                  <span className="hit-title">{hit.headline ?? t('issue.noHeadline')}</span>
                  <span className="hit-issue" data-testid="search-hit-issue">
                    {hit.issueTitle}
                  </span>
                  <span className="hit-context">
                    {hit.before}
                    <mark>{hit.match}</mark>
                    {hit.after}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
