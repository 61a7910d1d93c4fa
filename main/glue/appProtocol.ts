import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { contentTypeFor } from './contentTypeFor';
import { resolveAppAsset } from './resolveAppAsset';

/**
 * Declares `app:` a standard, secure scheme. Must run before the app is ready. `standard` gives it
 * real origins (so same-origin rules, relative URLs and the CSP's 'self' work); `secure` treats it
 * like https; `supportFetchAPI` lets Vite's module preloading fetch chunks. No `bypassCSP`, no
 * `allowServiceWorkers`, and no `corsEnabled`: the page's module scripts (Vite marks them
 * `crossorigin`) are same-origin requests, which Electron serves without it, and leaving it off keeps
 * app:// unreadable from any other origin (https://github.com/electron/electron/pull/52912).
 * https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer (`rendererDir`, i.e. out/renderer) under `app://copydesk/`, read-only,
 * with the CSP as a response header. Anything outside the folder, any method but GET/HEAD and any
 * missing file is refused. Call after the app is ready.
 */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}

/** The response for one `app://` request; exported for the unit tests. */
export async function appResponse(
  rendererDir: string,
  request: Pick<Request, 'url' | 'method'>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const file = resolveAppAsset(rendererDir, request.url);
  if (!file) return refusal(403, 'Forbidden');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return refusal(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(file) },
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
