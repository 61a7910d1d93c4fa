import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, EditOp, IssueView, Result } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

const unchanged = (current: IssueView): Promise<Result<IssueView>> =>
  Promise.resolve({ ok: true, value: current });

/** An edit main could not save: kept so the banner can say what and offer Retry. */
export interface FailedEdit {
  op: EditOp | 'undo' | 'redo';
  error: ApiError;
}

export interface IssueState {
  issue: IssueView | null;
  loading: boolean;
  /** Opening the issue failed. */
  loadError: ApiError | null;
  /** The last edit, undo or redo that failed, shown in place until dismissed or retried. */
  failed: FailedEdit | null;
  applyEdit(op: EditOp): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  retry(): Promise<boolean>;
  dismissFailure(): void;
  reload(): Promise<void>;
}

/**
 * One open issue and every change to it. Edits are queued so each names the revision the previous
 * one produced (two quick key presses must not both claim the same base revision).
 */
export function useIssue(issueId: string | null, onChanged?: () => void): IssueState {
  // Each piece of state remembers the issue it belongs to; switching issues needs no reset.
  const [stored, setStored] = useState<IssueView | null>(null);
  const [loaded, setLoaded] = useState<{ issueId: string; error: ApiError | null } | null>(null);
  const [failure, setFailure] = useState<(FailedEdit & { issueId: string }) | null>(null);
  const latest = useRef<IssueView | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });

  const show = useCallback((next: IssueView) => {
    latest.current = next;
    setStored(next);
  }, []);

  const take = useCallback(
    (id: string, result: Result<IssueView>) => {
      if (result.ok) show(result.value);
      setLoaded({ issueId: id, error: result.ok ? null : result.error });
    },
    [show],
  );
  const load = useCallback(async (id: string) => take(id, await copydesk().getIssue(id)), [take]);
  const reload = useCallback(async () => {
    if (issueId) await load(issueId);
  }, [issueId, load]);

  useEffect(() => {
    if (!issueId) return undefined;
    let live = true;
    void copydesk()
      .getIssue(issueId)
      .then((result) => live && take(issueId, result));
    return () => {
      live = false;
    };
  }, [issueId, take]);

  /** Runs one change after the ones before it and takes main's answer as the new state. */
  const run = useCallback(
    (call: (current: IssueView) => Promise<Result<IssueView>>, op: FailedEdit['op']): Promise<boolean> => {
      const next = queue.current.then(async () => {
        const current = latest.current;
        if (!current || current.id !== issueId) return false;
        const result = await call(current);
        if (result.ok) {
          show(result.value);
          setFailure(null);
          changed.current?.();
          return true;
        }
        if (result.error.code === 'conflict') await load(current.id);
        setFailure({ op, error: result.error, issueId: current.id });
        return false;
      });
      queue.current = next.catch(() => false);
      return next;
    },
    [issueId, load, show],
  );

  const applyEdit = useCallback(
    (op: EditOp) => run((current) => copydesk().applyEdit(current.id, current.revision, op), op),
    [run],
  );
  // Nothing to undo (or redo) is no error: the key is simply a no-op.
  const undo = useCallback(
    () => run((current) => (current.canUndo ? copydesk().undo(current.id) : unchanged(current)), 'undo'),
    [run],
  );
  const redo = useCallback(
    () => run((current) => (current.canRedo ? copydesk().redo(current.id) : unchanged(current)), 'redo'),
    [run],
  );
  const failed = failure && failure.issueId === issueId ? failure : null;
  const retry = useCallback(() => {
    if (!failed) return Promise.resolve(false);
    if (failed.op === 'undo') return undo();
    if (failed.op === 'redo') return redo();
    return applyEdit(failed.op);
  }, [failed, applyEdit, undo, redo]);
  const dismissFailure = useCallback(() => setFailure(null), []);

  const issue = stored && stored.id === issueId ? stored : null;
  const loadError = loaded && loaded.issueId === issueId ? loaded.error : null;
  const loading = issueId !== null && !issue && !loadError;
  return { issue, loading, loadError, failed, applyEdit, undo, redo, retry, dismissFailure, reload };
}
