/**
 * The preload: exposes `window.copydesk` (the typed CopydeskApi) and nothing else. Each method is one
 * fixed channel from the contract (docs/style.md practice 3); the page never sees `ipcRenderer`, the
 * event object, or Node. Runs sandboxed, so it is bundled as CommonJS and imports only `electron`
 * and the contract (https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  CHANNELS,
  EVENT_CHANNELS,
  type ApiEvent,
  type ApiMethod,
  type CopydeskApi,
  type ImportReport,
  type Result,
} from './api';

/**
 * Paths this preload resolved from files the user dropped. `importPaths` forwards only these: the page
 * passes ids, never arbitrary paths (issue 7), and a script in the page cannot forge a dropped File.
 */
const droppedPaths = new Set<string>();

function invoker(name: ApiMethod) {
  return (...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(CHANNELS[name], ...args);
}

function subscriber(name: ApiEvent) {
  return (listener: (payload: unknown) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener function`);
    // Drop the IpcRendererEvent: it carries `sender`, i.e. ipcRenderer itself.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNELS[name], wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS[name], wrapped);
    };
  };
}

function refusedPaths(message: string): Result<ImportReport> {
  return { ok: false, error: { code: 'invalid-argument', message } };
}

async function importPaths(paths: unknown): Promise<Result<ImportReport>> {
  const known =
    Array.isArray(paths) && paths.every((path) => typeof path === 'string' && droppedPaths.has(path));
  if (!known) {
    return refusedPaths('Copydesk imports only files dropped on its window or chosen in its Open dialog.');
  }
  return ipcRenderer.invoke(CHANNELS.importPaths, paths) as Promise<Result<ImportReport>>;
}

/** The path of each dropped File; files that are not on disk (made in the page) have none and are skipped. */
function pathsOf(files: unknown): string[] {
  if (!Array.isArray(files)) return [];
  return files.flatMap((file: unknown) => {
    try {
      const path = webUtils.getPathForFile(file as File);
      return path ? [path] : [];
    } catch {
      return [];
    }
  });
}

async function importDroppedFiles(files: unknown): Promise<Result<ImportReport>> {
  const paths = pathsOf(files);
  if (paths.length === 0)
    return refusedPaths('Nothing to import: drop issue files from a folder on this computer.');
  for (const path of paths) droppedPaths.add(path);
  return importPaths(paths);
}

/** Builds the api object from the contract's channel tables. */
export function buildApi(): CopydeskApi {
  const methods = Object.fromEntries(
    (Object.keys(CHANNELS) as ApiMethod[]).map((name) => [name, invoker(name)]),
  ) as unknown as Pick<CopydeskApi, ApiMethod>;
  const events = Object.fromEntries(
    (Object.keys(EVENT_CHANNELS) as ApiEvent[]).map((name) => [name, subscriber(name)]),
  ) as unknown as Pick<CopydeskApi, ApiEvent>;
  return Object.freeze({
    ...methods,
    ...events,
    importPaths: importPaths as CopydeskApi['importPaths'],
    importDroppedFiles: importDroppedFiles as CopydeskApi['importDroppedFiles'],
  });
}

contextBridge.exposeInMainWorld('copydesk', buildApi());
