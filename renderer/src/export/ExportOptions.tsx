import { useTranslation } from 'react-i18next';
import {
  ARTICLE_STATUSES,
  EXPORT_FORMATS,
  type ArticleStatus,
  type ExportFormat,
} from '../../../preload/api';
import type { ExportChoices, ScopeKind } from './buildExportRequest';

export interface ExportOptionsProps {
  choices: ExportChoices;
  selectedCount: number;
  hasArticle: boolean;
  hasIssue: boolean;
  tagCounts: [string, number][];
  label(tag: string): string;
  onChange(patch: Partial<ExportChoices>): void;
}

/** Scope, format and "one file per" choices of the export dialog. */
export function ExportOptions({
  choices,
  selectedCount,
  hasArticle,
  hasIssue,
  tagCounts,
  label,
  onChange,
}: ExportOptionsProps) {
  const { t } = useTranslation();
  const scopes: { kind: ScopeKind; text: string; enabled: boolean }[] = [
    { kind: 'article', text: t('export.scopeArticle'), enabled: hasArticle },
    {
      kind: 'selected',
      text: t('export.scopeSelected', { count: selectedCount }),
      enabled: selectedCount > 0,
    },
    { kind: 'issue', text: t('export.scopeIssue'), enabled: hasIssue },
    { kind: 'tag', text: t('export.scopeTag'), enabled: true },
    { kind: 'status', text: t('export.scopeStatus'), enabled: true },
    { kind: 'library', text: t('export.scopeLibrary'), enabled: true },
  ];
  return (
    <div className="export-options">
      <fieldset>
        <legend>{t('export.scope')}</legend>
        {scopes.map(({ kind, text, enabled }) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="export-scope"
              checked={choices.scope === kind}
              disabled={!enabled}
              onChange={() => onChange({ scope: kind })}
            />
            {text}
            {kind === 'tag' && choices.scope === 'tag' && (
              <select
                aria-label={t('export.scopeTag')}
                value={choices.tag ?? ''}
                onChange={(e) => onChange({ tag: e.target.value || null })}
              >
                <option value="">—</option>
                {tagCounts.map(([tag, count]) => (
                  <option key={tag} value={tag}>
                    {label(tag)} ({count})
                  </option>
                ))}
              </select>
            )}
            {kind === 'status' && choices.scope === 'status' && (
              <select
                aria-label={t('export.scopeStatus')}
                value={choices.status}
                onChange={(e) => onChange({ status: e.target.value as ArticleStatus })}
              >
                {ARTICLE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.format')}</legend>
        <select
          aria-label={t('export.format')}
          value={choices.format}
          onChange={(e) => onChange({ format: e.target.value as ExportFormat })}
        >
          {EXPORT_FORMATS.map((format) => (
            <option key={format} value={format}>
              {format}
            </option>
          ))}
        </select>
        <label className="choice">
          <input
            type="radio"
            name="export-per"
            checked={choices.per === 'article'}
            onChange={() => onChange({ per: 'article' })}
          />
          {t('export.perArticle')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="export-per"
            checked={choices.per === 'issue'}
            onChange={() => onChange({ per: 'issue' })}
          />
          {t('export.perIssue')}
        </label>
      </fieldset>
    </div>
  );
}
