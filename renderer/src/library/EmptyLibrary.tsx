import { useTranslation } from 'react-i18next';

export interface EmptyLibraryProps {
  busy: boolean;
  onOpenFiles(): void;
  onImportFolder(): void;
}

/** The first thing a new editor sees: one sentence, two buttons, and the drop hint. */
export function EmptyLibrary({ busy, onOpenFiles, onImportFolder }: EmptyLibraryProps) {
  const { t } = useTranslation();
  return (
    <section className="empty-library" data-testid="empty-library">
      <p>{t('library.emptyLine')}</p>
      <div className="empty-actions">
        <button
          type="button"
          className="primary"
          onClick={onOpenFiles}
          data-testid="empty-open-files"
          disabled={busy}
        >
          {t('library.open')}
        </button>
        <button type="button" onClick={onImportFolder} data-testid="empty-import-folder" disabled={busy}>
          {t('library.importFolder')}
        </button>
      </div>
      <p className="drop-hint">{t('library.dropHere')}</p>
    </section>
  );
}
