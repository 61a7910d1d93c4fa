import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYMAP, type CommandId } from '../keys/keymap';
import { formatKeys } from '../keys/formatKeys';
import { hasCommand } from '../commands/commandBus';
import { Modal } from '../dialogs/Modal';

export interface CommandPaletteProps {
  isMac: boolean;
  onRun(id: CommandId): void;
  onClose(): void;
}

/** Ctrl/Cmd+K: every action in the keymap with its shortcut; type to filter, Enter runs. */
export function CommandPalette({ isMac, onRun, onClose }: CommandPaletteProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const entries = useMemo(() => {
    const query = typed.trim().toLowerCase();
    return KEYMAP.map((binding) => ({
      binding,
      text: t(binding.label, binding.labelValues),
      available: hasCommand(binding.id),
    })).filter(
      (entry) => !query || entry.text.toLowerCase().includes(query) || entry.binding.id.includes(query),
    );
  }, [typed, t]);

  const run = (index: number) => {
    const entry = entries[index];
    if (entry?.available) onRun(entry.binding.id);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(entries.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') run(active);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <Modal label={t('palette.title')} className="palette" testId="command-palette" onClose={onClose}>
      <input
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-options"
        aria-activedescendant={entries[active] ? `palette-option-${active}` : undefined}
        placeholder={t('palette.placeholder')}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-options" role="listbox" className="picker-options palette-options">
        {entries.map(({ binding, text, available }, index) => (
          <li
            key={binding.id}
            id={`palette-option-${index}`}
            role="option"
            aria-selected={index === active}
            aria-disabled={!available}
            data-command={binding.id}
            className={[index === active && 'is-active', !available && 'is-unavailable']
              .filter(Boolean)
              .join(' ')}
            onMouseDown={(event) => {
              event.preventDefault();
              run(index);
            }}
          >
            <span>{text}</span>
            {!available && <span className="muted"> · {t('palette.unavailable')}</span>}
            <span className="palette-keys">
              {binding.keys.map((combo) => (
                <kbd key={combo}>{formatKeys(combo, isMac)}</kbd>
              ))}
            </span>
          </li>
        ))}
        {entries.length === 0 && <li className="muted">{t('palette.empty')}</li>}
      </ul>
    </Modal>
  );
}
