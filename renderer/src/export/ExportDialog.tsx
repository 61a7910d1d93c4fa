import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueView, StoredArticle } from '../../../preload/api';
import { describeError } from '../api/describeError';
import { useExportDialog } from './useExportDialog';
import { ExportOptions } from './ExportOptions';
import { CleanupChoices } from './CleanupChoices';
import { ExportRunStatus } from './ExportRunStatus';
import { Modal } from '../dialogs/Modal';

export interface ExportDialogProps {
  issue: IssueView | null;
  current: StoredArticle | null;
  targets: StoredArticle[];
  tagCounts: [string, number][];
  label(tag: string): string;
  onClose(): void;
}

/** Ctrl/Cmd+E: choose what, how and where; see the cleanup's effect; ask before overwriting. */
export function ExportDialog({ issue, current, targets, tagCounts, label, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const context = useMemo(
    () => ({
      issueId: issue?.id ?? null,
      currentId: current?.id ?? null,
      selectedIds: targets.map((a) => a.id),
    }),
    [issue?.id, current?.id, targets],
  );
  const state = useExportDialog(context, targets.length > 1 ? 'selected' : issue ? 'issue' : 'library');
  const { choices, preview } = state;
  return (
    <Modal
      label={t('export.title')}
      className="export-dialog"
      testId="export-dialog"
      onClose={onClose}
      closable={!state.running}
    >
      <h2>{t('export.title')}</h2>
      <ExportOptions
        choices={choices}
        selectedCount={targets.length}
        hasArticle={current !== null}
        hasIssue={issue !== null}
        tagCounts={tagCounts}
        label={label}
        onChange={state.change}
      />
      <CleanupChoices
        chosen={choices.cleanup}
        preview={preview}
        onChange={(cleanup) => state.change({ cleanup })}
      />
      <div className="export-folder">
        <button type="button" data-testid="export-choose-folder" onClick={() => void state.chooseFolder()}>
          {t('export.chooseFolder')}
        </button>
        <span className={choices.folder ? 'folder-path' : 'muted'}>
          {choices.folder ?? t('export.noFolder')}
        </span>
      </div>
      {preview && (
        <p className="muted" data-testid="export-files">
          {t('export.files', { count: preview.files.length })}
          {state.existing > 0 && <> · {t('export.existing', { count: state.existing })}</>}
        </p>
      )}
      <ExportRunStatus state={state} />
      {state.error && (
        <p className="error" role="alert">
          {describeError(t, state.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          data-testid="export-run"
          disabled={!state.canRun}
          onClick={() => void state.run()}
        >
          {t('export.run')}
        </button>
        <button type="button" onClick={onClose} disabled={state.running}>
          {t('export.close')}
        </button>
      </div>
    </Modal>
  );
}
