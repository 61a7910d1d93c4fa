import { resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Maps an `app://copydesk/…` request to a file inside `rootDir` (the built renderer), or null when the
 * URL is not ours or would leave the folder: `..` in any spelling (`%2e%2e`, `%2f`, `\`), NUL bytes.
 * The URL parser already folds plain `..` segments; decoding can bring them back, so the final path is
 * resolved and checked to be inside the root (path traversal, CWE-22).
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // No asset name holds a NUL or a backslash; on Windows a backslash would be a separator, so `..\`
  // could climb out. Refusing both keeps the rule the same on every platform.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rootDir);
  const target = resolve(root, relative);
  return target.startsWith(root + sep) ? target : null;
}
