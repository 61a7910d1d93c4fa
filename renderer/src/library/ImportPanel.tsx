import { useTranslation } from 'react-i18next';
import type { ImportEntry, ImportState } from '../hooks/useImport';
import { describeError } from '../api/describeError';

export type ImportPanelProps = Pick<
  ImportState,
  'running' | 'progress' | 'entries' | 'error' | 'cancelled' | 'dismiss' | 'dismissAll'
>;

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Import progress and the running list of per-file results; failures stay until dismissed. */
export function ImportPanel(props: ImportPanelProps) {
  const { t } = useTranslation();
  const { running, progress, entries, error, cancelled } = props;
  if (!running && entries.length === 0 && !error && !cancelled) return null;
  return (
    <section className="import-panel" aria-label={t('import.title')} data-testid="import-panel">
      {running && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
          <span>
            {progress ? t('import.done', { done: progress.done, total: progress.total }) : t('import.title')}
            {progress?.currentPath && <> · {t('import.reading', { file: fileName(progress.currentPath) })}</>}
          </span>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {describeError(t, error)}
        </p>
      )}
      {cancelled && <p className="muted">{t('import.cancelled')}</p>}
      <ul className="import-results" data-testid="import-results">
        {entries.map((entry) => (
          <ImportResultRow key={entry.key} entry={entry} onDismiss={props.dismiss} />
        ))}
      </ul>
      {!running && (entries.length > 0 || error || cancelled) && (
        <button type="button" className="link-button" onClick={props.dismissAll}>
          {t('import.dismissAll')}
        </button>
      )}
    </section>
  );
}

function ImportResultRow({ entry, onDismiss }: { entry: ImportEntry; onDismiss(key: string): void }) {
  const { t } = useTranslation();
  const failed = entry.outcome === 'failed';
  return (
    <li
      className={`import-result is-${entry.outcome}`}
      data-testid="import-result"
      data-outcome={entry.outcome}
    >
      <span className="import-file">{fileName(entry.path)}</span>
      <span className="import-outcome">
        {entry.outcome === 'imported' && t('import.imported', { count: entry.articleCount ?? 0 })}
        {entry.outcome === 'existing' && t('import.existing')}
        {entry.outcome === 'skipped' && t('import.skipped', { reason: entry.skipped ?? '' })}
        {failed && (entry.error ? describeError(t, entry.error) : t('import.failed'))}
      </span>
      {entry.warnings && entry.warnings.length > 0 && (
        // The decoder's own sentences (undecodable bytes, NULs removed, mixed encodings), by line.
        <ul className="import-warnings" data-testid="import-warnings">
          {entry.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="icon-button"
        onClick={() => onDismiss(entry.key)}
        aria-label={t('import.dismiss')}
      >
        ×
      </button>
    </li>
  );
}
