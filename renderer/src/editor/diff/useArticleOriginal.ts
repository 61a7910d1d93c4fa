import { useEffect, useState } from 'react';
import type { SegmentedArticle } from '../../../../preload/api';

export type OriginalState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; original: SegmentedArticle | null }
  | { status: 'failed'; message: string };

/**
 * The segmenter's original of one article, fetched while `enabled` (the diff view is open).
 * Errors come back as values from the api and are kept as such for the view to show.
 */
export function useArticleOriginal(issueId: string, articleId: string, enabled: boolean): OriginalState {
  const [state, setState] = useState<{ key: string; value: OriginalState }>({
    key: '',
    value: { status: 'idle' },
  });
  const key = `${issueId}/${articleId}`;

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    window.copydesk.getArticleOriginal(issueId, articleId).then(
      (result) => {
        if (!live) return;
        const value: OriginalState = result.ok
          ? { status: 'ready', original: result.value.original }
          : { status: 'failed', message: result.error.message };
        setState({ key, value });
      },
      (error: unknown) => {
        if (live) setState({ key, value: { status: 'failed', message: String(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [issueId, articleId, enabled, key]);

  if (!enabled) return { status: 'idle' };
  // A result for another article (the pane moved on) is not this one's: show loading instead.
  return state.key === key ? state.value : { status: 'loading' };
}
