import { useCallback, useEffect, useState } from 'react';
import type { ApiError, TagVocabulary } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

export interface TagVocabularyState {
  vocabulary: TagVocabulary;
  error: ApiError | null;
  save(next: TagVocabulary): Promise<boolean>;
}

/** The tag vocabulary (seeded by main with IPTC Media Topics and newspaper sections), editable. */
export function useTagVocabulary(): TagVocabularyState {
  const [vocabulary, setVocabulary] = useState<TagVocabulary>({ terms: [] });
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void copydesk()
      .getTagVocabulary()
      .then((result) => {
        if (!live) return;
        if (result.ok) setVocabulary(result.value);
        else setError(result.error);
      });
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(async (next: TagVocabulary) => {
    const result = await copydesk().saveTagVocabulary(next);
    if (result.ok) setVocabulary(result.value);
    setError(result.ok ? null : result.error);
    return result.ok;
  }, []);

  return { vocabulary, error, save };
}
