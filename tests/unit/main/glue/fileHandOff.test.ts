import { describe, expect, it } from 'vitest';
import type { ImportReport, Result } from '../../../../preload/api';
import { createFileHandOff } from '../../../../main/glue/fileHandOff';

function harness(answer: (paths: string[]) => Result<ImportReport>) {
  const imported: string[][] = [];
  const emitted: [string, unknown][] = [];
  const remembered: string[][] = [];
  const handOff = createFileHandOff({
    importPaths: async (paths) => {
      imported.push(paths);
      return answer(paths);
    },
    emit: (event, payload) => emitted.push([event, payload]),
    remember: (paths) => remembered.push(paths),
  });
  return { handOff, imported, emitted, remembered };
}

const report = (paths: string[]): Result<ImportReport> => ({
  ok: true,
  value: {
    cancelled: false,
    results: paths.map((path) =>
      path.endsWith('.bad')
        ? {
            path,
            outcome: 'failed' as const,
            error: { code: 'decode-failed' as const, message: 'unreadable' },
          }
        : { path, outcome: 'imported' as const, issueId: `id-${path}` },
    ),
  },
});

describe('createFileHandOff', () => {
  it('waits for the page, then imports the queued files once and tells the renderer', async () => {
    const { handOff, imported, emitted, remembered } = harness(report);
    handOff.open(['/a.txt']);
    handOff.open(['/b.bad', '/a.txt']);
    await handOff.settled();
    expect(imported).toEqual([]);
    handOff.ready();
    await handOff.settled();
    expect(imported).toEqual([['/a.txt', '/b.bad']]);
    expect(emitted).toHaveLength(1);
    expect(emitted[0]?.[0]).toBe('onIssuesOpened');
    expect(remembered).toEqual([['/a.txt']]);
  });

  it('imports at once after the page is ready, in order', async () => {
    const { handOff, imported } = harness(report);
    handOff.ready();
    handOff.open(['/1.txt']);
    handOff.open(['/2.txt']);
    handOff.open([]);
    await handOff.settled();
    expect(imported).toEqual([['/1.txt'], ['/2.txt']]);
  });

  it('reports a failed import as an error notice naming the file', async () => {
    const { handOff, emitted, remembered } = harness(() => ({
      ok: false,
      error: { code: 'locked', message: 'The library is open in another Copydesk.', file: '/lib' },
    }));
    handOff.ready();
    handOff.open(['/x.txt']);
    await handOff.settled();
    expect(emitted).toEqual([
      ['onNotice', { level: 'error', message: 'The library is open in another Copydesk.', file: '/lib' }],
    ]);
    expect(remembered).toEqual([]);
  });
});
