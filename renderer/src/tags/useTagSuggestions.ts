import { useEffect, useState } from 'react';
import type { TagSuggestion } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

/**
 * Suggested tags for one article (vocabulary terms and people found in its text). Asked again when
 * the issue revision changes, since an edit can change what the text mentions.
 */
export function useTagSuggestions(issueId: string | null, articleId: string | null, revision: number) {
  const [suggestions, setSuggestions] = useState<{ key: string; list: TagSuggestion[] }>({
    key: '',
    list: [],
  });
  const key = `${issueId}/${articleId}`;
  useEffect(() => {
    if (!issueId || !articleId) return undefined;
    let live = true;
    void copydesk()
      .suggestTags(issueId, articleId)
      .then((result) => {
        if (live) setSuggestions({ key: `${issueId}/${articleId}`, list: result.ok ? result.value : [] });
      });
    return () => {
      live = false;
    };
  }, [issueId, articleId, revision]);
  return suggestions.key === key ? suggestions.list : [];
}
