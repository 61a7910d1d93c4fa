import { hasUnsavedText } from '../commands/pendingEdits';
import { isTextField } from './isTextField';

/**
 * Where Ctrl/Cmd+Z (and redo) belongs. In a text field holding unsaved typing it is the field's own
 * text undo ('native'); in a store-backed field whose text is saved, or with no field focused, it is
 * the undo ('store'). Fields the store does not back (search, find, dialogs) stay native.
 */
export function undoRoute(target: EventTarget | null): 'native' | 'store' {
  if (!isTextField(target) || !(target instanceof HTMLElement)) return 'store';
  const field = target.closest<HTMLElement>('[data-store-field]');
  if (!field) return 'native';
  return hasUnsavedText(field) ? 'native' : 'store';
}
