import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../../main/glue/resolveAppAsset';

const root = resolve('/srv/copydesk/out/renderer');

describe('resolveAppAsset', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://copydesk/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://copydesk/assets/index-1a2b.js')).toBe(
      join(root, 'assets', 'index-1a2b.js'),
    );
    expect(resolveAppAsset(root, 'app://copydesk/assets/a%20b.css?v=1#x')).toBe(
      join(root, 'assets', 'a b.css'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppAsset(root, 'app://copydesk/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://copydesk')).toBe(join(root, 'index.html'));
  });

  it('refuses every spelling of a path out of the folder', () => {
    for (const url of [
      'app://copydesk/../main/index.js',
      'app://copydesk/%2e%2e/main/index.js',
      'app://copydesk/..%2f..%2f..%2fetc%2fpasswd',
      'app://copydesk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://copydesk/..%5c..%5cwindows%5cwin.ini',
      'app://copydesk/%2e%2e',
      'app://copydesk/index.html%00.png',
      'app://copydesk/%E0%A4%A',
    ]) {
      const resolved = resolveAppAsset(root, url);
      if (resolved !== null) expect(resolved.startsWith(root + sep), `${url} → ${resolved}`).toBe(true);
      expect(resolved === null || !resolved.includes('..'), url).toBe(true);
    }
    expect(resolveAppAsset(root, 'app://copydesk/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppAsset(root, 'app://copydesk/index.html%00.png')).toBeNull();
    expect(resolveAppAsset(root, 'app://copydesk/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolveAppAsset(root, 'app://copydesk/%E0%A4%A')).toBeNull();
  });

  it('refuses URLs that are not the app', () => {
    expect(resolveAppAsset(root, 'file:///srv/copydesk/out/renderer/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'nonsense')).toBeNull();
  });
});
