import { ipcMain, type BrowserWindow } from 'electron';
import { CHANNELS, type ApiMethod, type CopydeskMethods } from '../preload/api';
import { isTrustedSender } from './glue/isTrustedSender';
import { guardedHandler, type UntypedMethod } from './glue/ipc/guardedHandler';

/**
 * Registers every api method under its fixed channel from the contract (`CHANNELS`, `domain:verb`)
 * with `ipcMain.handle`. The channel table is the per-domain split (docs/style.md practice 7): one
 * loop over the contract rather than hand-written copies, so a method cannot be left unguarded.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(
  methods: CopydeskMethods,
  getMainWindow: () => BrowserWindow | null,
  devServerUrl?: string,
): () => void {
  const names = Object.keys(CHANNELS) as ApiMethod[];
  const isTrusted = (event: Parameters<typeof isTrustedSender>[0]) =>
    isTrustedSender(event, getMainWindow(), devServerUrl);
  for (const name of names) {
    const method = methods[name] as UntypedMethod | undefined;
    if (typeof method !== 'function') throw new Error(`registerIpc: the api has no method ${name}`);
    ipcMain.handle(CHANNELS[name], guardedHandler(name, method, isTrusted));
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(CHANNELS[name]);
  };
}
