import { isAppUrl } from './appOrigin';

/** The parts of an `IpcMainInvokeEvent` the check reads; Electron's event satisfies it. */
export interface SenderEvent {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/** The parts of the main `BrowserWindow` the check reads. */
export interface TrustedWindow {
  isDestroyed(): boolean;
  webContents: unknown;
}

/**
 * Whether an IPC message may reach the api: it must come from our main window's top-level frame, and
 * that frame must show the app's own page (not a page it was somehow navigated to, not an iframe).
 * Electron security checklist, item 17 "Validate the sender of all IPC messages"
 * (https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages).
 */
export function isTrustedSender(
  event: SenderEvent,
  window: TrustedWindow | null,
  devServerUrl?: string,
): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  // senderFrame is null once the frame has navigated away or been destroyed.
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}
