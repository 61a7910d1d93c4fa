import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  CLEANUP_RULES,
  type ApiError,
  type CleanupPreview,
  type ExportProgress,
  type ExportReport,
} from '../../../preload/api';
import { copydesk } from '../api/copydesk';
import { useExportPreview } from './useExportPreview';
import { buildExportRequest, type ExportChoices, type ExportContext } from './buildExportRequest';

export interface ExportDialogState {
  choices: ExportChoices;
  change(patch: Partial<ExportChoices>): void;
  preview: CleanupPreview | null;
  existing: number;
  canRun: boolean;
  /** Asking before overwriting: set when files exist and the choice is still "stop". */
  confirming: boolean;
  progress: ExportProgress | null;
  running: boolean;
  report: ExportReport | null;
  error: ApiError | null;
  chooseFolder(): Promise<void>;
  run(onExisting?: ExportChoices['onExisting']): Promise<void>;
  cancel(): Promise<void>;
  dismissConfirm(): void;
}

const INITIAL: ExportChoices = {
  scope: 'issue',
  tag: null,
  status: 'approved',
  format: 'txt',
  per: 'article',
  cleanup: [...CLEANUP_RULES],
  folder: null,
  onExisting: 'fail',
};

/** The export dialog's choices, the live cleanup preview, and the run with progress and Cancel. */
export function useExportDialog(
  context: ExportContext,
  initialScope: ExportChoices['scope'],
): ExportDialogState {
  const [choices, setChoices] = useState<ExportChoices>({ ...INITIAL, scope: initialScope });
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ExportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Bumped after each export, so the preview sees the files it just wrote.
  const [written, setWritten] = useState(0);
  const request = useMemo(() => buildExportRequest(choices, context), [choices, context]);

  const previewed = useExportPreview(request, context.currentId, written);
  const preview = previewed.preview;

  useEffect(() => copydesk().onExportProgress(setProgress), []);

  const change = useCallback((patch: Partial<ExportChoices>) => {
    setChoices((current) => ({ ...current, ...patch }));
    setReport(null);
    setConfirming(false);
  }, []);
  const chooseFolder = useCallback(async () => {
    const result = await copydesk().chooseExportFolder();
    if (!result.ok) setError(result.error);
    else if (result.value) change({ folder: result.value });
  }, [change]);

  const existing = preview?.files.filter((file) => file.exists).length ?? 0;
  const run = useCallback(
    async (onExisting = choices.onExisting) => {
      if (!request || !choices.folder) return;
      if (existing > 0 && onExisting === 'fail') return setConfirming(true);
      setConfirming(false);
      setRunning(true);
      setReport(null);
      const result = await copydesk().exportArticles({ ...request, onExisting });
      setRunning(false);
      setProgress(null);
      if (result.ok) setReport(result.value);
      setWritten((count) => count + 1);
      setError(result.ok ? null : result.error);
    },
    [request, choices.folder, choices.onExisting, existing],
  );
  const cancel = useCallback(async () => {
    if (progress) await copydesk().cancelExport(progress.jobId);
  }, [progress]);
  const dismissConfirm = useCallback(() => setConfirming(false), []);

  const canRun = request !== null && choices.folder !== null && !running;
  return {
    choices,
    change,
    preview,
    existing,
    canRun,
    confirming,
    progress,
    running,
    report,
    error: error ?? previewed.error,
    chooseFolder,
    run,
    cancel,
    dismissConfirm,
  };
}
