import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagTerm } from '../../../preload/api';
import { matchTerms } from './matchTerms';
import { tagValue } from './tagLabel';
import { Modal } from '../dialogs/Modal';

export interface TagPickerProps {
  terms: readonly TagTerm[];
  /** How many articles the tag goes to (the selection). */
  targetCount: number;
  label(tag: string): string;
  onPick(tag: string): void;
  onClose(): void;
}

/** T: type a tag, pick from the vocabulary (↑/↓, Enter) or add a new one; Esc closes. */
export function TagPicker({ terms, targetCount, label, onPick, onClose }: TagPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchTerms(terms, typed), [terms, typed]);
  const fresh = typed.trim() && !matches.some((term) => term.zh === typed.trim() || term.en === typed.trim());
  const options = [...matches.map(tagValue), ...(fresh ? [typed.trim()] : [])];

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') {
      const tag = options[active];
      if (tag) onPick(tag);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <Modal
      label={t('tags.addFor', { count: targetCount })}
      className="tag-picker"
      testId="tag-picker"
      onClose={onClose}
    >
      <h2>{t('tags.addFor', { count: targetCount })}</h2>
      <input
        role="combobox"
        aria-expanded="true"
        aria-controls="tag-picker-options"
        aria-activedescendant={options[active] ? `tag-option-${active}` : undefined}
        value={typed}
        placeholder={t('tags.placeholder')}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="tag-picker-options" role="listbox" className="picker-options">
        {options.map((tag, index) => (
          <li
            key={`${tag}-${index}`}
            id={`tag-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(tag);
            }}
          >
            {index < matches.length ? label(tag) : t('tags.newTag', { text: tag })}
            {index < matches.length && label(tag) !== tag && <span className="muted"> {tag}</span>}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
