import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../main/store/openLibrary';
import { tempDir } from '../support/tempDir';
import { apiOver, storeIn } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 5: a failed library open is retried on the next api call', () => {
  it('answers locked while another process holds the lock, and opens once it is released', async () => {
    const store = storeIn(dir.path);
    const holder = await openLibrary(store); // the CLI import holding the lock at start-up
    const api = apiOver(store);
    try {
      const first = await api.methods.listIssues();
      expect(first.ok).toBe(false);
      if (!first.ok) expect(first.error.code).toBe('locked');
      await holder.close();
      const second = await api.methods.listIssues();
      expect(second).toEqual({ ok: true, value: [] });
    } finally {
      await holder.close();
      await api.dispose();
    }
  });
});
