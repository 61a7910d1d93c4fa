import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Reads what `electron-vite build` produced (npm test builds before the unit tests run). Skipped, with
 * the reason in the test name, when there is no build yet.
 */
const mainBundle = 'out/main/index.js';
const preloadBundle = 'out/preload/index.cjs';
const built = existsSync(mainBundle) && existsSync(preloadBundle);

describe.skipIf(!built)('the built app (run `npx electron-vite build` first)', () => {
  it('creates its window with the secure webPreferences literal', () => {
    const source = readFileSync(mainBundle, 'utf8');
    const match = /new BrowserWindow\(\{[\s\S]*?webPreferences:\s*\{([\s\S]*?)\}/.exec(source);
    expect(match, 'new BrowserWindow({ … webPreferences: { … } })').not.toBeNull();
    const preferences = match?.[1] ?? '';
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'nodeIntegrationInWorker: false',
      'nodeIntegrationInSubFrames: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'experimentalFeatures: false',
      'webviewTag: false',
      'disableBlinkFeatures: "Auxclick"',
    ]) {
      expect(preferences).toContain(setting);
    }
    expect(source).not.toMatch(
      /nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/,
    );
  });

  it('loads the renderer from app:// and never from file://', () => {
    const source = readFileSync(mainBundle, 'utf8');
    expect(source).toContain('app://copydesk/index.html');
    expect(source).toContain('protocol.handle(');
    expect(source).not.toMatch(/loadFile\(|loadURL\(\s*["'`]file:/);
  });

  it('has a CommonJS preload that requires only electron and exposes only window.copydesk', () => {
    const source = readFileSync(preloadBundle, 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    const exposed = [...source.matchAll(/exposeInMainWorld\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(exposed).toEqual(['copydesk']);
  });
});
