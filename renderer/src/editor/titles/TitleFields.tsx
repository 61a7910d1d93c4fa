import { type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredArticle } from '../../../../preload/api';

export interface TitleChange {
  kicker?: string | null;
  headline?: string | null;
  subheadlines?: string[];
}

export interface TitleFieldsProps {
  article: StoredArticle;
  onChange: (change: TitleChange) => void;
}

const toNullable = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const toLines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Esc leaves a title field, and so does Enter in a one-line field; leaving saves it. */
function leaveOnKey(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.nativeEvent.isComposing) return;
  const multiline = event.currentTarget.dataset.multiline === 'true';
  if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey && !multiline)) {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.blur();
  }
}

/**
 * Kicker, headline and decks (one per line), as textareas so long titles wrap instead of being
 * cut off (CSS `field-sizing: content` sizes them). The fields are uncontrolled and keyed by the stored
 * value, so an undo or a promote redraws them while typing in progress stays the input's own.
 */
export function TitleFields({ article, onChange }: TitleFieldsProps): React.JSX.Element {
  const { t } = useTranslation('editor');
  const decks = article.subheadlines.join('\n');

  const save =
    (field: 'kicker' | 'headline') =>
    (event: FocusEvent<HTMLTextAreaElement>): void => {
      // A one-line title keeps no line break: a pasted one is dropped.
      const value = toNullable(event.currentTarget.value.replace(/[\r\n]+/g, ''));
      if (value !== article[field]) onChange({ [field]: value });
    };
  const saveDecks = (event: FocusEvent<HTMLTextAreaElement>): void => {
    const lines = toLines(event.currentTarget.value);
    if (lines.join('\n') !== decks) onChange({ subheadlines: lines });
  };

  return (
    <header className="titles">
      <label className="titles__row titles__row--kicker">
        <span className="titles__label">{t('titles.kicker')}</span>
        <textarea
          rows={1}
          key={`k:${article.kicker ?? ''}`}
          className="titles__kicker"
          data-testid="kicker-input"
          data-store-field
          defaultValue={article.kicker ?? ''}
          placeholder={t('titles.none')}
          onBlur={save('kicker')}
          onKeyDown={leaveOnKey}
        />
      </label>
      <label className="titles__row titles__row--headline">
        <span className="titles__label">{t('titles.headline')}</span>
        <textarea
          rows={1}
          key={`h:${article.headline ?? ''}`}
          className="titles__headline"
          data-testid="headline-input"
          data-store-field
          defaultValue={article.headline ?? ''}
          placeholder={t('titles.noHeadline')}
          onBlur={save('headline')}
          onKeyDown={leaveOnKey}
        />
      </label>
      <label className="titles__row titles__row--deck">
        <span className="titles__label">{t('titles.deck')}</span>
        <textarea
          key={`d:${decks}`}
          className="titles__deck"
          data-testid="subheadlines-input"
          data-store-field
          rows={Math.max(1, article.subheadlines.length)}
          data-multiline="true"
          defaultValue={decks}
          placeholder={t('titles.none')}
          onBlur={saveDecks}
          onKeyDown={leaveOnKey}
        />
      </label>
    </header>
  );
}
