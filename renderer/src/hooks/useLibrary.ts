import { useCallback, useEffect, useState } from 'react';
import type { ApiError, IssueSummary, Result } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

export interface RemovedIssue {
  id: string;
  title: string;
}

export interface LibraryState {
  issues: IssueSummary[];
  loaded: boolean;
  error: ApiError | null;
  /** The issue removed last, offered for undo until the next removal or dismissal. */
  removed: RemovedIssue | null;
  refresh(): Promise<void>;
  remove(issue: IssueSummary): Promise<boolean>;
  undoRemove(): Promise<void>;
  dismissRemoved(): void;
}

/** The library list (`listIssues`), refreshed after imports, edits and removals. */
export function useLibrary(): LibraryState {
  const [issues, setIssues] = useState<IssueSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [removed, setRemoved] = useState<RemovedIssue | null>(null);

  const take = useCallback((result: Result<IssueSummary[]>) => {
    if (result.ok) setIssues(result.value);
    setError(result.ok ? null : result.error);
    setLoaded(true);
  }, []);
  const refresh = useCallback(async () => take(await copydesk().listIssues()), [take]);

  useEffect(() => {
    let live = true;
    void copydesk()
      .listIssues()
      .then((result) => live && take(result));
    return () => {
      live = false;
    };
  }, [take]);

  const remove = useCallback(
    async (issue: IssueSummary) => {
      const result = await copydesk().removeIssue(issue.id);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setRemoved({ id: issue.id, title: issue.title });
      await refresh();
      return true;
    },
    [refresh],
  );

  const undoRemove = useCallback(async () => {
    if (!removed) return;
    const result = await copydesk().restoreIssue(removed.id);
    if (!result.ok) setError(result.error);
    setRemoved(null);
    await refresh();
  }, [removed, refresh]);

  const dismissRemoved = useCallback(() => setRemoved(null), []);

  return { issues, loaded, error, removed, refresh, remove, undoRemove, dismissRemoved };
}
