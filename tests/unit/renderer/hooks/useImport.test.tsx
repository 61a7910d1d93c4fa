import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ImportReport, Result } from '../../../../preload/api';
import { useImport } from '../../../../renderer/src/hooks/useImport';
import { installFakeCopydesk } from '../fakeCopydesk';

describe('useImport', () => {
  it('lists each file as progress reports it, and keeps failures after the next import starts', async () => {
    let finish: (report: Result<ImportReport>) => void = () => undefined;
    const fake = installFakeCopydesk({
      openIssueFiles: () => new Promise((resolve) => (finish = resolve)),
    });
    const reports: ImportReport[] = [];
    const { result } = renderHook(() => useImport((report) => reports.push(report)));

    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.openFiles();
    });
    expect(result.current.running).toBe(true);
    const good = { path: '/in/a.txt', outcome: 'imported' as const, issueId: 'i1', articleCount: 7 };
    const bad = {
      path: '/in/scan.bin',
      outcome: 'failed' as const,
      error: { code: 'decode-failed' as const, message: 'scan.bin: not a text file', file: '/in/scan.bin' },
    };
    act(() =>
      fake.emitImportProgress({ jobId: 'j', done: 1, total: 2, currentPath: '/in/scan.bin', last: good }),
    );
    expect(result.current.progress).toMatchObject({ done: 1, total: 2 });
    expect(result.current.entries.map((entry) => entry.path)).toEqual(['/in/a.txt']);

    await act(async () => {
      finish({ ok: true, value: { results: [good, bad], cancelled: false } });
      await running;
    });
    expect(result.current.running).toBe(false);
    expect(result.current.entries.map((entry) => entry.outcome)).toEqual(['imported', 'failed']);
    expect(reports).toHaveLength(1);

    // A new import clears the successes but the failure stays until dismissed.
    act(() => {
      running = result.current.openFiles();
    });
    expect(result.current.entries.map((entry) => entry.path)).toEqual(['/in/scan.bin']);
    await act(async () => {
      finish({ ok: true, value: { results: [], cancelled: true } });
      await running;
    });
    expect(result.current.cancelled).toBe(true);
    act(() => result.current.dismiss(result.current.entries[0]!.key));
    expect(result.current.entries).toEqual([]);
  });

  it('a row dismissed while the import runs does not come back with the final report', async () => {
    let finish: (report: Result<ImportReport>) => void = () => undefined;
    const fake = installFakeCopydesk({
      openIssueFiles: () => new Promise((resolve) => (finish = resolve)),
    });
    const { result } = renderHook(() => useImport(() => undefined));
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.openFiles();
    });
    const bad = {
      path: '/in/scan.bin',
      outcome: 'failed' as const,
      error: { code: 'decode-failed' as const, message: 'scan.bin: not a text file', file: '/in/scan.bin' },
    };
    const good = { path: '/in/a.txt', outcome: 'imported' as const, issueId: 'i1', articleCount: 7 };
    act(() =>
      fake.emitImportProgress({ jobId: 'j', done: 1, total: 2, currentPath: '/in/a.txt', last: bad }),
    );
    act(() => result.current.dismiss(result.current.entries[0]!.key));
    await act(async () => {
      finish({ ok: true, value: { results: [bad, good], cancelled: false } });
      await running;
    });
    expect(result.current.entries.map((entry) => entry.path)).toEqual(['/in/a.txt']);

    // The same file imported again shows its result again.
    act(() => {
      running = result.current.openFiles();
    });
    await act(async () => {
      finish({ ok: true, value: { results: [bad], cancelled: false } });
      await running;
    });
    expect(result.current.entries.map((entry) => entry.path)).toEqual(['/in/scan.bin']);
  });
});
