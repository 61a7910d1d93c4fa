import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ImportFileResult, ImportProgress, ImportReport, Result } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

export interface ImportEntry extends ImportFileResult {
  /** Stable key for the running list (a path may be imported twice in one session). */
  key: string;
}

export interface ImportState {
  running: boolean;
  progress: ImportProgress | null;
  /** Results so far; errors stay until dismissed, successes until the next import starts. */
  entries: ImportEntry[];
  /** A failure of the whole call (not of one file). */
  error: ApiError | null;
  cancelled: boolean;
  openFiles(): Promise<void>;
  importFolder(): Promise<void>;
  importDropped(files: File[]): Promise<void>;
  dismiss(key: string): void;
  dismissAll(): void;
}

let nextKey = 0;
/** One file's outcome: the final report repeats what progress already listed. */
const resultKey = (result: ImportFileResult) => `${result.path}\u0000${result.outcome}`;
const keyed = (result: ImportFileResult): ImportEntry => ({ ...result, key: `${(nextKey += 1)}` });

/**
 * Imports through the api's dialogs or a drop, with the running list fed by `onImportProgress`
 * (so a batch shows each file as it lands) and completed by the final report.
 */
export function useImport(onImported: (report: ImportReport) => void): ImportState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [cancelled, setCancelled] = useState(false);

  // Results the editor dismissed during this import: the final report lists every file again, and a
  // row dismissed as progress showed it must not come back then.
  const dismissed = useRef(new Set<string>());

  const addResults = useCallback((results: ImportFileResult[]) => {
    setEntries((current) => {
      const seen = new Set(current.map(resultKey));
      for (const key of dismissed.current) seen.add(key);
      const fresh = results.filter((result) => !seen.has(resultKey(result)));
      return [...current, ...fresh.map(keyed)];
    });
  }, []);

  useEffect(
    () =>
      copydesk().onImportProgress((update) => {
        setProgress(update);
        if (update.last) addResults([update.last]);
      }),
    [addResults],
  );

  const run = useCallback(
    async (call: () => Promise<Result<ImportReport>>) => {
      setRunning(true);
      dismissed.current = new Set();
      setProgress(null);
      setError(null);
      setCancelled(false);
      setEntries((current) =>
        current.filter((entry) => entry.outcome === 'failed' || entry.outcome === 'skipped'),
      );
      const result = await call();
      setRunning(false);
      setProgress(null);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      addResults(result.value.results);
      setCancelled(result.value.cancelled);
      onImported(result.value);
    },
    [addResults, onImported],
  );

  const openFiles = useCallback(() => run(() => copydesk().openIssueFiles()), [run]);
  const importFolder = useCallback(() => run(() => copydesk().importFolder()), [run]);
  const importDropped = useCallback(
    (files: File[]) => run(() => copydesk().importDroppedFiles(files)),
    [run],
  );
  const dismiss = useCallback(
    (key: string) =>
      setEntries((list) => {
        for (const e of list) if (e.key === key) dismissed.current.add(resultKey(e));
        return list.filter((e) => e.key !== key);
      }),
    [],
  );
  const dismissAll = useCallback(() => {
    setEntries((list) => {
      for (const e of list) dismissed.current.add(resultKey(e));
      return [];
    });
    setError(null);
    setCancelled(false);
  }, []);

  return {
    running,
    progress,
    entries,
    error,
    cancelled,
    openFiles,
    importFolder,
    importDropped,
    dismiss,
    dismissAll,
  };
}
