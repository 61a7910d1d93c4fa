/**
 * Where the renderer lives. In a packaged or previewed app it is served from `app://copydesk/` through
 * `protocol.handle` (Electron security checklist, item 18: prefer a custom protocol over `file://`,
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols);
 * under `electron-vite dev` it comes from the dev server named in `ELECTRON_RENDERER_URL`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'copydesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `raw` is a page of the app itself: `app://copydesk/…`, or (in development only) a URL with
 * the same origin as the dev server. Node's URL reports the origin of a non-special scheme as "null",
 * so the app scheme is compared by protocol and host.
 */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== null && dev.origin !== 'null' && url.origin === dev.origin;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
