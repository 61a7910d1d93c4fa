import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../main/store/openLibrary';
import { STALE_LOCK_MS } from '../../main/store/LibraryLock';
import { tempDir } from '../support/tempDir';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 13: a lock written by another host', () => {
  it('records the host in the lock', async () => {
    const library = await openLibrary(dir.path);
    const owner = JSON.parse(await readFile(join(dir.path, 'library.lock'), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    await library.close();
  });

  it('is reported as another host (host, pid, age) while fresh, and taken over once stale', async () => {
    await mkdir(join(dir.path, 'issues'), { recursive: true });
    const lock = join(dir.path, 'library.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: 4242, host: 'desk-07.newsroom', since: '2026-01-01T00:00:00Z' }),
    );
    const twoMinutesAgo = new Date(Date.now() - 2 * 60 * 1000);
    await utimes(lock, twoMinutesAgo, twoMinutesAgo);
    const refused = (await openLibrary(dir.path).catch((error: unknown) => error)) as {
      code: string;
      message: string;
    };
    expect(refused.code).toBe('locked');
    expect(refused.message).toMatch(
      /another computer \(host desk-07\.newsroom, pid 4242, lock refreshed 2 min ago\)/,
    );
    const stale = new Date(Date.now() - STALE_LOCK_MS - 1000);
    await utimes(lock, stale, stale);
    const library = await openLibrary(dir.path);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ host: hostname(), pid: process.pid });
    await library.close();
  });
});
