/**
 * The URL to hand to `shell.openExternal`, or null when it must not leave the app. Only `https:` links
 * with a host and `mailto:` links naming one plain address (no `?` parameters) are opened; everything else (`file:`, `javascript:`, custom schemes
 * that launch other programs, plain `http:`) is dropped. Electron security checklist, item 15 "Do not
 * use shell.openExternal with untrusted content"
 * (https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content).
 */
const PLAIN_ADDRESS = /^[^\s@,;?#/]+@[^\s@,;?#/]+$/;

export function parseExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '') {
    return url.href;
  }
  // A mailto link opens only as one plain address: parameters such as `attach=` or `body=` let a
  // page make the mail client attach local files or prefill text, so any `?` or `#` is refused.
  if (
    url.protocol === 'mailto:' &&
    url.search === '' &&
    url.hash === '' &&
    PLAIN_ADDRESS.test(url.pathname)
  ) {
    return url.href;
  }
  return null;
}
