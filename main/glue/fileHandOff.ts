import type { ImportReport, Result } from '../../preload/api';
import type { ApiDeps } from '../api/ApiDeps';

export interface FileHandOffDeps {
  importPaths(paths: string[]): Promise<Result<ImportReport>>;
  emit: ApiDeps['emit'];
  /** Called with the paths that were imported (or found already imported), for "Open recent". */
  remember(paths: string[]): void;
}

/** Files main was handed by the OS or a second launch, imported once the window can show the result. */
export interface FileHandOff {
  /** Queue files (before the page has loaded) or import them now. */
  open(paths: readonly string[]): void;
  /** The page has loaded: import what was queued, and import later files at once. */
  ready(): void;
  /** Resolves when every import started so far has finished (for tests and for quitting). */
  settled(): Promise<void>;
}

/**
 * Hands files from the command line, "Open with" (macOS `open-file`) and second launches to the api's
 * `importPaths`, then tells the renderer through `onIssuesOpened` (or `onNotice` when the import itself
 * failed). Until the page has loaded its listeners do not exist yet, so files wait in a queue.
 */
export function createFileHandOff(deps: FileHandOffDeps): FileHandOff {
  let isReady = false;
  let queue: string[] = [];
  let running: Promise<void> = Promise.resolve();
  const run = (paths: string[]) => {
    running = running.then(() => importAndTell(deps, paths));
  };
  return {
    open(paths) {
      if (paths.length === 0) return;
      if (isReady) run([...paths]);
      else queue.push(...paths);
    },
    ready() {
      isReady = true;
      const waiting = [...new Set(queue)];
      queue = [];
      if (waiting.length > 0) run(waiting);
    },
    settled: () => running,
  };
}

async function importAndTell(deps: FileHandOffDeps, paths: string[]): Promise<void> {
  const result = await deps.importPaths(paths);
  if (!result.ok) {
    deps.emit('onNotice', { level: 'error', message: result.error.message, file: result.error.file });
    return;
  }
  // Recent files are issues the editor can open again: not the failures, nor what a folder walk skipped.
  const opened = result.value.results
    .filter((r) => r.outcome === 'imported' || r.outcome === 'existing')
    .map((r) => r.path);
  if (opened.length > 0) deps.remember(opened);
  deps.emit('onIssuesOpened', result.value);
}
