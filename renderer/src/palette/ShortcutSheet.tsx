import { useTranslation } from 'react-i18next';
import { KEYMAP, type KeyScope } from '../keys/keymap';
import { formatKeys } from '../keys/formatKeys';
import { Modal } from '../dialogs/Modal';

export interface ShortcutSheetProps {
  isMac: boolean;
  onClose(): void;
}

const SCOPES: { scope: KeyScope; title: string }[] = [
  { scope: 'app', title: 'keys.scopeApp' },
  { scope: 'editor', title: 'keys.scopeEditor' },
  { scope: 'review', title: 'keys.scopeReview' },
];

/** ?: the keyboard map, generated from the keymap table, grouped by where the keys act. */
export function ShortcutSheet({ isMac, onClose }: ShortcutSheetProps) {
  const { t } = useTranslation();
  return (
    <Modal label={t('sheet.title')} className="shortcut-sheet" testId="shortcut-sheet" onClose={onClose}>
      <h2>{t('sheet.title')}</h2>
      <p className="muted">{t('sheet.singleKeys')}</p>
      <div className="sheet-columns">
        {SCOPES.map(({ scope, title }) => (
          <table key={scope} className="sheet-table">
            <caption>{t(title)}</caption>
            <tbody>
              {KEYMAP.filter((binding) => binding.scope === scope && binding.keys.length > 0).map(
                (binding) => (
                  <tr key={binding.id}>
                    <td>
                      {binding.keys.map((combo) => (
                        <kbd key={combo}>{formatKeys(combo, isMac)}</kbd>
                      ))}
                    </td>
                    <td>{t(binding.label, binding.labelValues)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('sheet.close')}
        </button>
      </div>
    </Modal>
  );
}
