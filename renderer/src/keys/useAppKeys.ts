import { useEffect } from 'react';
import { KEYMAP } from './keymap';
import { matchKey } from './matchKey';
import { isTextField } from './isTextField';
import { dispatchCommand } from '../commands/commandBus';

/** Undo/redo inside a text field are the field's own (native text undo), not the issue's. */
const NATIVE_IN_FIELDS = new Set(['edit.undo', 'edit.redo']);

/**
 * The app-level key router. Single keys act only when no text field has the focus; Mod keys act
 * everywhere (except undo/redo inside a field); Esc leaves a field. Keys a pane handled first
 * (`defaultPrevented`, e.g. the editor's R/H/S/M/D) are left alone. While a modal is open, the modal
 * owns the keyboard.
 */
export function useAppKeys(isMac: boolean, modalOpen: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || modalOpen) return;
      const inField = isTextField(event.target);
      if (event.key === 'Escape') {
        if (inField && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      for (const binding of KEYMAP) {
        if (binding.scope === 'review') continue;
        const combo = binding.keys.find((keys) => matchKey(event, keys, isMac));
        if (!combo) continue;
        if (inField && (!combo.includes('Mod') || NATIVE_IN_FIELDS.has(binding.id))) return;
        if (dispatchCommand(binding.id)) event.preventDefault();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac, modalOpen]);
}
