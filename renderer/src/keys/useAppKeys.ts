import { useEffect } from 'react';
import { KEYMAP } from './keymap';
import { matchKey } from './matchKey';
import { isTextField } from './isTextField';
import { dispatchCommand } from '../commands/commandBus';
import { undoRoute } from './undoRoute';

/** Undo/redo inside a field with unsaved typing are the field's own (native text undo). */
const UNDO_COMMANDS = new Set(['edit.undo', 'edit.redo']);

/**
 * The app-level key router. Single keys act only when no text field has the focus; Mod keys act
 * everywhere, except undo/redo inside a field holding unsaved typing (see `undoRoute`); Esc leaves
 * a field. Keys a pane handled first (`defaultPrevented`, e.g. the editor's R/H/S/M/D) are left
 * alone. While a modal is open, the modal owns the keyboard.
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
        if (inField && !combo.includes('Mod')) return;
        if (UNDO_COMMANDS.has(binding.id) && undoRoute(event.target) === 'native') return;
        if (dispatchCommand(binding.id)) event.preventDefault();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isMac, modalOpen]);
}
