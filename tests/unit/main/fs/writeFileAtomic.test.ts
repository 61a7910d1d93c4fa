import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../../main/fs/writeFileAtomic';

/** What the writer did to the file system, recorded by the wrapped node:fs/promises below. */
const calls: string[] = [];
/** Error codes the next renames throw (Windows' EPERM/EBUSY while a scanner holds the file). */
const renameFailures: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const path = String(args[0]);
      const sync = handle.sync.bind(handle);
      handle.sync = () => {
        calls.push(`sync ${path}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      const code = renameFailures.shift();
      calls.push(`rename ${code ?? 'ok'}`);
      if (code) throw Object.assign(new Error(code), { code });
      return real.rename(from, to);
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-atomic-'));
  calls.length = 0;
  renameFailures.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const leftovers = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic (the one writer of the library and of exports)', () => {
  it('writes text, bytes and gathered pieces, fsyncing the file and then its folder', async () => {
    const path = join(dir, 'a.json');
    expect(await writeFileAtomic(path, '{"新":1}')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('{"新":1}');
    expect(calls.filter((call) => call.startsWith('sync')).map((call) => call.endsWith(dir))).toEqual([
      false,
      true,
    ]);
    await writeFileAtomic(path, new TextEncoder().encode('bytes'));
    expect(await readFile(path, 'utf8')).toBe('bytes');
    await writeFileAtomic(path, [new TextEncoder().encode('one '), new TextEncoder().encode('two')]);
    expect(await readFile(path, 'utf8')).toBe('one two');
    expect(await leftovers()).toEqual([]);
  });

  it('writes pieces from a generator in batches, the same bytes as the whole text', async () => {
    const path = join(dir, 'issue.json');
    const pieces = Array.from({ length: 3000 }, (_, i) => `{"段":${i},"text":"${'新闻'.repeat(300)}"},`);
    let taken = 0;
    function* stream(): Generator<string | Uint8Array> {
      yield Buffer.from('[');
      for (const piece of pieces) {
        taken += 1;
        yield piece;
      }
      // A surrogate pair split between two text pieces, even after a long one, is written whole.
      yield `"${'报'.repeat(1 << 20)}\ud83d`;
      yield '\udcf0"]';
    }
    await writeFileAtomic(path, stream());
    expect(taken).toBe(pieces.length);
    const expected = `[${pieces.join('')}"${'报'.repeat(1 << 20)}\u{1f4f0}"]`;
    expect((await readFile(path)).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(Buffer.byteLength(expected)).toBeGreaterThan(3 * 1024 * 1024);
    expect(await leftovers()).toEqual([]);
  });

  it('writes text and byte pieces mixed over many batches in order, byte for byte', async () => {
    const path = join(dir, 'mixed.json');
    // Text pieces of every size up to more than the text buffer holds, CJK and a pair split
    // between two of them, with byte pieces between: the writer's one text buffer is filled and
    // written many times over, and each byte must land where the pieces put it.
    const pieces: (string | Uint8Array)[] = [];
    const expected: string[] = [];
    for (let i = 0; i < 400; i++) {
      const text = `${i}:${'版面'.repeat((i * 7919) % 20_000)}`;
      pieces.push(i % 50 === 0 ? `${text}\ud83d` : text);
      expected.push(i % 50 === 0 ? `${text}\ud83d` : text);
      if (i % 50 === 0) {
        pieces.push('\udcf0');
        expected.push('\udcf0');
      }
      if (i % 3 === 0) {
        pieces.push(Buffer.from(`<${i}>`));
        expected.push(`<${i}>`);
      }
    }
    await writeFileAtomic(path, pieces);
    expect((await readFile(path)).equals(Buffer.from(expected.join(''), 'utf8'))).toBe(true);
    // A high surrogate with no pair, before a byte piece or at the end: U+FFFD, as in the whole text.
    await writeFileAtomic(path, ['a\ud83d', Buffer.from('b'), 'c\ud83d']);
    expect(await readFile(path, 'utf8')).toBe('a\ufffdbc\ufffd');
  });

  it('keeps the old file and no temp file when the pieces fail midway', async () => {
    const path = join(dir, 'kept.json');
    await writeFile(path, 'old');
    function* failing(): Generator<string> {
      for (let i = 0; i < 2000; i++) yield 'x'.repeat(1000);
      throw new Error('cannot serialise');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow('cannot serialise');
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await leftovers()).toEqual([]);
  });

  it('gives every write its own temp file, so concurrent writers never mix', async () => {
    const path = join(dir, 'doc.json');
    const bodies = Array.from({ length: 20 }, (_, i) => `writer ${i} `.repeat(5000));
    await Promise.all(bodies.map((body) => writeFileAtomic(path, body)));
    expect(bodies).toContain(await readFile(path, 'utf8'));
    expect(await leftovers()).toEqual([]);
  });

  it('retries a rename refused with EPERM or EBUSY and then succeeds', async () => {
    renameFailures.push('EPERM', 'EBUSY');
    const path = join(dir, 'held.txt');
    await writeFileAtomic(path, 'new');
    expect(calls.filter((call) => call.startsWith('rename'))).toEqual([
      'rename EPERM',
      'rename EBUSY',
      'rename ok',
    ]);
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('gives up on another error, leaving the old file and no temp file', async () => {
    const path = join(dir, 'kept.txt');
    await writeFile(path, 'old');
    renameFailures.push('EACCES');
    await expect(writeFileAtomic(path, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await leftovers()).toEqual([]);
  });

  it('without overwrite, never clobbers a file that exists and says so', async () => {
    const path = join(dir, 'article.txt');
    await writeFile(path, 'the editor’s file');
    expect(await writeFileAtomic(path, 'export', { overwrite: false })).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('the editor’s file');
    const fresh = join(dir, 'fresh.txt');
    expect(await writeFileAtomic(fresh, 'export', { overwrite: false })).toBe(true);
    expect(await readFile(fresh, 'utf8')).toBe('export');
    expect(await leftovers()).toEqual([]);
  });
});
