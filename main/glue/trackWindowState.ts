import type { BrowserWindow } from 'electron';
import type { WindowState } from './windowState';
import { writeJsonFile } from './jsonFile';

const SAVE_DELAY_MS = 500;

/** Saves the window's place while it lives; `flush` writes the last state (call it before quitting). */
export interface WindowStateTracker {
  flush(): Promise<void>;
}

/**
 * Remembers the window's normal (unmaximised) bounds and whether it is maximised in `file`
 * (userData/window-state.json): debounced on move and resize, and once more on close. Writes are
 * atomic and chained, so the file always holds one complete state.
 */
export function trackWindowState(window: BrowserWindow, file: string): WindowStateTracker {
  let latest: WindowState | null = null;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const capture = () => {
    if (window.isDestroyed()) return;
    latest = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  };
  const save = () => {
    timer = null;
    const state = latest;
    if (!state) return writing;
    writing = writing
      .then(() => writeJsonFile(file, state))
      .catch((error: unknown) => {
        console.warn(`copydesk: could not save the window's position to ${file}:`, error);
      });
    return writing;
  };
  const schedule = () => {
    capture();
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', () => {
    capture();
    if (timer) clearTimeout(timer);
    void save();
  });
  return {
    flush: () => {
      if (timer) clearTimeout(timer);
      return save();
    },
  };
}
