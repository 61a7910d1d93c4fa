import { useEffect } from 'react';
import type { MenuCommand } from '../../../preload/api';
import type { CommandId } from '../keys/keymap';
import { dispatchCommand } from './commandBus';
import { copydesk } from '../api/copydesk';
import { undoRoute } from '../keys/undoRoute';

const MENU_TO_COMMAND: Record<Exclude<MenuCommand, 'about'>, CommandId> = {
  open: 'import.open',
  'import-folder': 'import.folder',
  export: 'export.open',
  undo: 'edit.undo',
  redo: 'edit.redo',
  find: 'find.open',
  replace: 'replace.open',
  palette: 'palette.open',
  shortcuts: 'help.shortcuts',
  'toggle-library': 'library.toggle',
};

/**
 * The native menu runs the same actions as the keys. Undo/redo from the menu while a field holds
 * unsaved typing stay the field's own, as they do from the keyboard.
 */
export function useMenuCommands(onAbout: () => void): void {
  useEffect(
    () =>
      copydesk().onMenuCommand((command) => {
        if (command === 'about') return onAbout();
        if ((command === 'undo' || command === 'redo') && undoRoute(document.activeElement) === 'native') {
          document.execCommand(command);
          return;
        }
        dispatchCommand(MENU_TO_COMMAND[command]);
      }),
    [onAbout],
  );
}
