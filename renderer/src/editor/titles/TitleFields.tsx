import { type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredArticle, TitleRole } from '../../../../preload/api';
import { ruleText } from '../review/ruleText';

export interface TitleChange {
  kicker?: string | null;
  headline?: string | null;
  subheadlines?: string[];
}

export interface TitleFieldsProps {
  article: StoredArticle;
  onChange: (change: TitleChange) => void;
  /** The caret went into a title (for a deck, the line it is on), so role commands act on it. */
  onFocusTitle?: (role: TitleRole, index: number) => void;
}

/** Which deck the caret is on: the count of non-empty lines before it (empty lines are dropped on save). */
function deckLineAt(field: HTMLTextAreaElement): number {
  const before = field.value.slice(0, field.selectionStart).split('\n');
  return before.slice(0, -1).filter((line) => line.trim() !== '').length;
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

interface OneLineTitleProps {
  field: 'kicker' | 'headline';
  label: string;
  placeholder: string;
  value: string | null;
  /** Id of the segmenter's explanation, read out when the field is focused. */
  describedBy: string | undefined;
  onBlur: (event: FocusEvent<HTMLTextAreaElement>) => void;
  onFocus?: () => void;
}

/** The kicker or the headline: one wrapped line, keyed by its stored value (see TitleFields). */
function OneLineTitle({
  field,
  label,
  placeholder,
  value,
  describedBy,
  onBlur,
  onFocus,
}: OneLineTitleProps): React.JSX.Element {
  return (
    <label className={`titles__row titles__row--${field}`}>
      <span className="titles__label">{label}</span>
      <textarea
        rows={1}
        key={`${field === 'kicker' ? 'k' : 'h'}:${value ?? ''}`}
        className={`titles__${field}`}
        data-testid={`${field}-input`}
        data-store-field
        defaultValue={value ?? ''}
        placeholder={placeholder}
        aria-describedby={describedBy}
        onBlur={onBlur}
        onFocus={onFocus}
        onKeyDown={leaveOnKey}
      />
    </label>
  );
}

/**
 * Kicker, headline and decks (one per line), as textareas so long titles wrap instead of being
 * cut off (CSS `field-sizing: content` sizes them). The fields are uncontrolled and keyed by the stored
 * value, so an undo or a promote redraws them while typing in progress stays the input's own.
 */
export function TitleFields({ article, onChange, onFocusTitle }: TitleFieldsProps): React.JSX.Element {
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

  const why = article.provenance;
  const whyId = `titles-why-${article.id}`;
  const whyText = why
    ? why.titles
      ? t('titles.why', { start: ruleText(why.start.rule, t), titles: ruleText(why.titles.rule, t) })
      : t('titles.whyNoTitles', { start: ruleText(why.start.rule, t) })
    : null;

  return (
    <header className="titles">
      <OneLineTitle
        field="kicker"
        label={t('titles.kicker')}
        placeholder={t('titles.none')}
        value={article.kicker}
        describedBy={whyText ? whyId : undefined}
        onBlur={save('kicker')}
        onFocus={() => onFocusTitle?.('kicker', 0)}
      />
      <OneLineTitle
        field="headline"
        label={t('titles.headline')}
        placeholder={t('titles.noHeadline')}
        value={article.headline}
        describedBy={whyText ? whyId : undefined}
        onBlur={save('headline')}
        onFocus={() => onFocusTitle?.('headline', 0)}
      />
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
          aria-describedby={whyText ? whyId : undefined}
          onBlur={saveDecks}
          onSelect={(event) => onFocusTitle?.('subheadline', deckLineAt(event.currentTarget))}
          onFocus={(event) => onFocusTitle?.('subheadline', deckLineAt(event.currentTarget))}
          onKeyDown={leaveOnKey}
        />
      </label>
      {whyText ? (
        // Shown while the titles are hovered or focused (editor.css): why the segmenter cut and titled here.
        <p className="titles__why" id={whyId} data-testid="titles-why">
          {whyText}
        </p>
      ) : null}
    </header>
  );
}
