import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { parseExternalUrl } from './parseExternalUrl';

/**
 * Locks down one WebContents (Electron security checklist, https://www.electronjs.org/docs/latest/tutorial/security):
 * - item 13: navigation only within the app's own page (`will-navigate`, `will-redirect`, `will-frame-navigate`);
 * - item 14: no new windows; `https:`/`mailto:` links go to the system browser/mail client after parsing (item 15);
 * - item 12: no `<webview>` may be attached.
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  const keepInApp = (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Opens a link in the user's browser or mail client, but only a parsed `https:` or `mailto:` URL. */
export function openExternally(url: string): boolean {
  const safe = parseExternalUrl(url);
  if (!safe) return false;
  // Electronegativity OPEN_EXTERNAL_JS_CHECK (review): `safe` is a re-serialised URL that
  // parseExternalUrl allowed (https: with a host, or mailto:), never the raw string from the page.
  void shell.openExternal(safe);
  return true;
}

/**
 * Denies every permission request and check (camera, notifications, geolocation, clipboard read,
 * HID, serial…): the editor's desk needs none. Checklist item 5
 * (https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content).
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
