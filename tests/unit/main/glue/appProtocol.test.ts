import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appResponse, registerAppScheme, serveAppProtocol } from '../../../../main/glue/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../../main/glue/contentSecurityPolicy';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

let root: string;
let renderer: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-protocol-'));
  renderer = join(root, 'out', 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(join(renderer, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(root, 'out', 'secret.txt'), 'not for the page');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => appResponse(renderer, { url, method });

describe('app:// protocol', () => {
  it('registers app: as a standard, secure scheme with fetch, and nothing more', () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with protocol.handle', async () => {
    serveAppProtocol(renderer);
    const [scheme, handler] = fakeElectron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: { url: string; method: string }) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler({ url: 'app://copydesk/index.html', method: 'GET' });
    expect(await response.text()).toContain('<title>Copydesk</title>');
  });

  it('serves the page with the CSP header, the right type and nosniff', async () => {
    const response = await get('app://copydesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('app://copydesk/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('refuses paths out of the renderer folder', async () => {
    // The URL parser folds %2e%2e like `..` (to /secret.txt, inside the folder and missing): 404.
    // A decoded %2f brings `..` back; the resolved path leaves the folder: 403.
    const folded = await get('app://copydesk/%2e%2e/secret.txt');
    expect(folded.status).toBe(404);
    const escaped = await get('app://copydesk/..%2fsecret.txt');
    expect(escaped.status).toBe(403);
    for (const response of [folded, escaped]) expect(await response.text()).not.toContain('not for the page');
  });

  it('answers 404 for a missing file and 405 for anything but GET and HEAD', async () => {
    expect((await get('app://copydesk/nope.js')).status).toBe(404);
    expect((await get('app://copydesk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://copydesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
