import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../../main/glue/appOrigin';

describe('isAppUrl', () => {
  it('accepts the app page and other paths of app://copydesk', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://copydesk/assets/index-abc.js')).toBe(true);
  });

  it('refuses other hosts, schemes and look-alikes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://copydesk.evil/index.html',
      'file:///work/out/renderer/index.html',
      'https://copydesk/index.html',
      'http://localhost:5173/',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts the dev server only when one is configured, and only its origin', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/index.html', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
  });
});
