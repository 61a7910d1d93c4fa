import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ApiError, ArticleStatus, EditOp, IssueView, Result } from '../../../../preload/api';
import { useIssue } from '../../../../renderer/src/hooks/useIssue';
import { installFakeCopydesk } from '../fakeCopydesk';

const view = (revision: number, status: ArticleStatus = 'new'): IssueView =>
  ({
    id: 'i1',
    title: 'issue',
    revision,
    articles: [{ id: 'a1', status }],
    canUndo: revision > 0,
    canRedo: false,
  }) as unknown as IssueView;

const saveFailed: ApiError = { code: 'save-failed', message: 'The disk is full.', articleId: 'a1' };

/** A store that keeps a revision and refuses saves while `full` is set. */
function fakeStore() {
  const state = { revision: 0, full: false, seen: [] as number[] };
  installFakeCopydesk({
    getIssue: async () => ({ ok: true, value: view(state.revision) }),
    applyEdit: async (_id: string, base: number, op: EditOp): Promise<Result<IssueView>> => {
      state.seen.push(base);
      if (base !== state.revision) return { ok: false, error: { code: 'conflict', message: 'stale' } };
      if (state.full) return { ok: false, error: saveFailed };
      state.revision += 1;
      return { ok: true, value: view(state.revision, op.type === 'setStatus' ? op.status : 'new') };
    },
  });
  return state;
}

const approve: EditOp = { type: 'setStatus', articleIds: ['a1'], status: 'approved' };

describe('useIssue', () => {
  it('queues quick edits so each names the revision the previous one produced', async () => {
    const store = fakeStore();
    const { result } = renderHook(() => useIssue('i1'));
    await waitFor(() => expect(result.current.issue?.revision).toBe(0));
    let outcomes: boolean[] = [];
    await act(async () => {
      outcomes = await Promise.all([result.current.applyEdit(approve), result.current.applyEdit(approve)]);
    });
    expect(outcomes).toEqual([true, true]);
    expect(store.seen).toEqual([0, 1]);
    expect(result.current.issue?.revision).toBe(2);
  });

  it('keeps a failed save for the banner, and Retry applies the same edit again', async () => {
    const store = fakeStore();
    const { result } = renderHook(() => useIssue('i1'));
    await waitFor(() => expect(result.current.issue).not.toBeNull());
    store.full = true;
    await act(async () => {
      expect(await result.current.applyEdit(approve)).toBe(false);
    });
    expect(result.current.failed).toEqual({ op: approve, error: saveFailed, issueId: 'i1' });
    store.full = false;
    await act(async () => {
      expect(await result.current.retry()).toBe(true);
    });
    expect(result.current.failed).toBeNull();
    expect(result.current.issue?.articles[0]?.status).toBe('approved');
  });

  it('shows nothing of the previous issue while another one loads', async () => {
    fakeStore();
    const { result, rerender } = renderHook(({ id }) => useIssue(id), {
      initialProps: { id: 'i1' as string | null },
    });
    await waitFor(() => expect(result.current.issue).not.toBeNull());
    rerender({ id: null });
    expect(result.current.issue).toBeNull();
    expect(result.current.loading).toBe(false);
  });
});
