import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, TagTerm, TagVocabulary } from '../../../preload/api';
import { describeError } from '../api/describeError';
import { Modal } from '../dialogs/Modal';

export interface TagVocabularyDialogProps {
  vocabulary: TagVocabulary;
  error: ApiError | null;
  onSave(next: TagVocabulary): Promise<boolean>;
  onClose(): void;
}

/** Edit the vocabulary: Chinese and English labels, pinned order (keys 1–9), add and remove terms. */
export function TagVocabularyDialog({ vocabulary, error, onSave, onClose }: TagVocabularyDialogProps) {
  const { t } = useTranslation();
  // A draft: edits stay local until Save, so a half-typed label never reaches the store.
  const [draft, setDraft] = useState<TagTerm[]>(vocabulary.terms);
  const [saved, setSaved] = useState(false);
  const update = (index: number, patch: Partial<TagTerm>) => {
    setSaved(false);
    setDraft((terms) => terms.map((term, i) => (i === index ? { ...term, ...patch } : term)));
  };
  const add = () =>
    setDraft((terms) => [...terms, { id: `custom-${Date.now().toString(36)}`, zh: '', en: '' }]);
  const save = async () => setSaved(await onSave({ terms: draft.filter((term) => term.zh || term.en) }));

  return (
    <Modal
      label={t('tags.vocabulary')}
      className="vocabulary-dialog"
      testId="vocabulary-dialog"
      onClose={onClose}
    >
      <h2>{t('tags.vocabulary')}</h2>
      <p className="muted">{t('tags.vocabularyHint')}</p>
      <div className="vocabulary-scroller">
        <table className="vocabulary-table">
          <thead>
            <tr>
              <th>{t('tags.termZh')}</th>
              <th>{t('tags.termEn')}</th>
              <th>{t('tags.pinned')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.map((term, index) => (
              <tr
                key={term.id}
                title={term.uri ?? term.id}
                data-testid="vocabulary-term"
                data-term-id={term.id}
              >
                <td>
                  <input
                    value={term.zh}
                    aria-label={t('tags.termZh')}
                    onChange={(e) => update(index, { zh: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    value={term.en}
                    aria-label={t('tags.termEn')}
                    onChange={(e) => update(index, { en: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={term.pinned ?? false}
                    aria-label={t('tags.pinned')}
                    onChange={(e) => update(index, { pinned: e.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('tags.removeTerm', { term: term.zh || term.en })}
                    onClick={() => setDraft((terms) => terms.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p className="error" role="alert">
          {describeError(t, error)}
        </p>
      )}
      {saved && (
        <p className="muted" role="status">
          {t('tags.saved')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={add}>
          {t('tags.addTerm')}
        </button>
        <button type="button" className="primary" data-testid="vocabulary-save" onClick={() => void save()}>
          {t('tags.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('tags.close')}
        </button>
      </div>
    </Modal>
  );
}
