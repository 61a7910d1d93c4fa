import { useTranslation } from 'react-i18next';
import type { TagSuggestion } from '../../../preload/api';

export interface TagBarProps {
  tags: string[];
  suggestions: TagSuggestion[];
  label(tag: string): string;
  onAdd(): void;
  onRemove(tag: string): void;
  onAccept(tag: string): void;
}

/** The article's tags as chips (× removes), a + that opens the picker, and suggested tags to accept. */
export function TagBar({ tags, suggestions, label, onAdd, onRemove, onAccept }: TagBarProps) {
  const { t } = useTranslation();
  const open = suggestions.filter((suggestion) => !tags.includes(suggestion.tag));
  return (
    <div className="tag-bar" data-testid="tag-bar">
      <span className="tag-bar-label">{t('tags.label')}:</span>
      {tags.map((tag) => (
        <span key={tag} className="tag-chip" data-testid="article-tag" data-tag={tag}>
          {label(tag)}
          <button
            type="button"
            className="chip-remove"
            onClick={() => onRemove(tag)}
            aria-label={t('tags.remove', { tag: label(tag) })}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="icon-button" onClick={onAdd} aria-label={t('tags.add')} title="T">
        +
      </button>
      {open.length > 0 && (
        <span className="tag-suggestions" data-testid="tag-suggestions">
          <span className="muted">{t('tags.suggested')}:</span>
          {open.map((suggestion) => (
            <button
              type="button"
              key={suggestion.tag}
              className="tag-chip is-suggested"
              title={t('tags.suggestionReason', { tag: label(suggestion.tag), reason: suggestion.reason })}
              onClick={() => onAccept(suggestion.tag)}
            >
              + {label(suggestion.tag)}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}
