import { useTranslation } from 'react-i18next';
import { CLEANUP_RULES, type CleanupPreview, type CleanupRule } from '../../../preload/api';

export interface CleanupChoicesProps {
  chosen: CleanupRule[];
  preview: CleanupPreview | null;
  onChange(rules: CleanupRule[]): void;
}

/** The cleanup rules as checkboxes with their change counts, and one article before and after. */
export function CleanupChoices({ chosen, preview, onChange }: CleanupChoicesProps) {
  const { t } = useTranslation();
  const changes = (rule: CleanupRule) => preview?.counts.find((count) => count.rule === rule)?.changes;
  const toggle = (rule: CleanupRule, on: boolean) =>
    onChange(
      on ? CLEANUP_RULES.filter((r) => r === rule || chosen.includes(r)) : chosen.filter((r) => r !== rule),
    );
  return (
    <fieldset className="cleanup-choices">
      <legend>{t('export.cleanup')}</legend>
      {CLEANUP_RULES.map((rule) => (
        <label key={rule} className="choice" data-rule={rule}>
          <input
            type="checkbox"
            checked={chosen.includes(rule)}
            onChange={(e) => toggle(rule, e.target.checked)}
          />
          {t(`export.rule_${rule}`)}
          {changes(rule) !== undefined && (
            <span className="muted"> · {t('export.changes', { count: changes(rule) })}</span>
          )}
        </label>
      ))}
      {preview?.sample && (
        <div className="before-after" data-testid="export-sample">
          <div>
            <h3>{t('export.before')}</h3>
            <p className="sample-text">{preview.sample.before}</p>
          </div>
          <div>
            <h3>{t('export.after')}</h3>
            <p className="sample-text">{preview.sample.after}</p>
          </div>
        </div>
      )}
    </fieldset>
  );
}
