import type { CliIo } from './command';

/** At most this often the line is redrawn, so a 10,000-file run does not spend its time printing. */
const REDRAW_EVERY_MS = 100;

/**
 * One progress line that rewrites itself on a terminal (`io.status`); where there is no terminal
 * (a pipe, a log file) it prints nothing, and the command's final summary says what happened.
 */
export function progressLine(io: CliIo): { update(text: string): void; done(): void } {
  let last = 0;
  let shown = false;
  return {
    update(text) {
      if (!io.status) return;
      const now = Date.now();
      if (shown && now - last < REDRAW_EVERY_MS) return;
      last = now;
      shown = true;
      io.status(text);
    },
    done() {
      if (shown) io.status?.('');
    },
  };
}
