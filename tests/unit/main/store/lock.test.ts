import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../../../main/store/openLibrary';
import { tempDir } from '../../../support/tempDir';
import { bundleScript } from '../../../support/bundleScript';

const run = promisify(execFile);
let child = '';
let dir: { path: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  child = await bundleScript(join(import.meta.dirname, '../../../support/importChild.ts'));
});
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => dir.cleanup());

/** The pid of a process that has exited: a lock naming it is stale. */
async function deadPid(): Promise<number> {
  const proc = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => proc.on('exit', resolve));
  return proc.pid as number;
}

describe('the one-writer lock', () => {
  it('refuses a second writer in the same process and in another process, naming the holder', async () => {
    const library = await openLibrary(dir.path);
    await expect(openLibrary(dir.path)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining(`pid ${process.pid}`),
    });
    const { stdout } = await run(process.execPath, [child, dir.path, 'second']);
    expect(stdout).toMatch(
      /^locked The library at .* is open in another Copydesk window or command \(pid \d+\)/,
    );
    await library.close();
    const after = await run(process.execPath, [child, dir.path, 'second']);
    expect(after.stdout).toMatch(/^ok [0-9a-f]{12}/);
  });

  it('takes over a lock left by a killed process at once', async () => {
    const pid = await deadPid();
    await writeFile(
      join(dir.path, 'library.lock'),
      JSON.stringify({ pid, host: hostname(), since: new Date().toISOString() }),
    );
    const library = await openLibrary(dir.path);
    // The lock now names this process, and the library writes (a takeover that only pretended would not).
    const owner = JSON.parse(await readFile(join(dir.path, 'library.lock'), 'utf8')) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    await library.saveSettings({ language: 'en' });
    expect((await library.getSettings()).language).toBe('en');
    await library.close();
  });

  it('lets read-only opens (list, show) read while a writer holds the lock', async () => {
    const writer = await openLibrary(dir.path);
    const reader = await openLibrary(dir.path, undefined, { readOnly: true });
    expect(await reader.listIssues()).toEqual([]);
    await expect(reader.saveSettings({ language: 'zh' })).rejects.toMatchObject({ code: 'io' });
    await reader.close();
    await writer.close();
  });

  it('concurrent writer processes: each either saves its issue or is told the library is locked', async () => {
    const pid = await deadPid();
    await writeFile(
      join(dir.path, 'library.lock'),
      JSON.stringify({ pid, host: hostname(), since: new Date().toISOString() }),
    );
    const outputs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        run(process.execPath, [child, dir.path, `writer-${i}`]).then((r) => r.stdout),
      ),
    );
    expect(outputs.every((o) => /^(ok [0-9a-f]{12}|locked .+)\n$/.test(o))).toBe(true);
    const saved = outputs.filter((o) => o.startsWith('ok ')).map((o) => o.slice(3).trim());
    expect(saved.length).toBeGreaterThan(0);
    const library = await openLibrary(dir.path);
    expect((await library.listIssues()).map((i) => i.id).sort()).toEqual(saved.sort());
    await library.close();
  });
});
