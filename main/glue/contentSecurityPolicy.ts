/**
 * The Content-Security-Policy sent as a header with every `app://` response (Electron security
 * checklist, item 7: https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy).
 * A header cannot be removed by the page, unlike a meta tag; the renderer's meta tag still applies in
 * `electron-vite dev`, where pages come from the dev server. When both exist, both are enforced.
 */
const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  // No 'unsafe-inline': React's `style` props are set through the CSSOM (element.style), which CSP
  // does not govern; only <style> elements and style="" markup would need it, and the build emits
  // CSS files instead (https://www.w3.org/TR/CSP3/#directive-style-src).
  "style-src 'self'",
  // data: because Vite inlines small images and fonts as data: URLs (build.assetsInlineLimit, 4 KiB).
  "img-src 'self' data:",
  "font-src 'self' data:",
  // The renderer talks to main over IPC, never over the network.
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
