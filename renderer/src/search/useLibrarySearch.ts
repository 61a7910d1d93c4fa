import { useEffect, useState } from 'react';
import type { ApiError, SearchHit } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

export interface LibrarySearchState {
  hits: SearchHit[];
  error: ApiError | null;
  /** The query the hits answer (they lag the typed text by the debounce). */
  answered: string;
}

/** Waits this long after the last key so a long query is not searched once per character. */
const DEBOUNCE_MS = 180;

/** Full-text search across the library (`searchLibrary`), debounced while typing. */
export function useLibrarySearch(query: string): LibrarySearchState {
  const [state, setState] = useState<LibrarySearchState>({ hits: [], error: null, answered: '' });
  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return undefined;
    let live = true;
    const timer = window.setTimeout(() => {
      void copydesk()
        .searchLibrary(trimmed)
        .then((result) => {
          if (!live) return;
          setState(
            result.ok
              ? { hits: result.value, error: null, answered: trimmed }
              : { hits: [], error: result.error, answered: trimmed },
          );
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);
  return query.trim() ? state : { hits: [], error: null, answered: '' };
}
