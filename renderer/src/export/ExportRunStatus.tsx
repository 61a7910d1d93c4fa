import { useTranslation } from 'react-i18next';
import type { ExportDialogState } from './useExportDialog';

/** The run's state: asking before overwriting, the progress bar with Cancel, and what was written. */
export function ExportRunStatus({ state }: { state: ExportDialogState }) {
  const { t } = useTranslation();
  const { progress, report } = state;
  return (
    <>
      {state.confirming && (
        <div
          className="confirm"
          data-testid="export-confirm"
          role="alertdialog"
          aria-label={t('export.confirmOverwrite', { count: state.existing })}
        >
          <p>{t('export.confirmOverwrite', { count: state.existing })}</p>
          <button type="button" data-testid="export-overwrite" onClick={() => void state.run('overwrite')}>
            {t('export.onExistingOverwrite')}
          </button>
          <button type="button" onClick={() => void state.run('suffix')}>
            {t('export.onExistingSuffix')}
          </button>
          <button type="button" onClick={state.dismissConfirm}>
            {t('export.cancel')}
          </button>
        </div>
      )}
      {state.running && (
        <div className="export-progress" role="status">
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
          {progress && (
            <span>
              {t('export.progress', {
                done: progress.done,
                total: progress.total,
                file: progress.currentFile ?? '',
              })}
            </span>
          )}
          <button type="button" onClick={() => void state.cancel()}>
            {t('export.cancel')}
          </button>
        </div>
      )}
      {report && (
        <p role="status" data-testid="export-report">
          {report.cancelled
            ? t('export.cancelledReport', { written: report.written.length })
            : t('export.doneReport', { written: report.written.length, skipped: report.skipped.length })}
        </p>
      )}
      {report?.warnings && report.warnings.length > 0 && (
        // Main's own sentences (characters XML cannot hold, temp files cleaned up), shown as written.
        <ul className="export-warnings" data-testid="export-warnings">
          {report.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </>
  );
}
