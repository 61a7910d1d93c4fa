import { describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { IssueSummary, Settings } from '../../../../preload/api';
import { useRoute } from '../../../../renderer/src/route/useRoute';
import { useRememberPlace } from '../../../../renderer/src/shell/useRememberPlace';

const settings = { lastIssueId: 'i1', lastArticleId: 'a3' } as Settings;
const issues = [{ id: 'i1' }] as IssueSummary[];

describe('useRememberPlace', () => {
  it('returns to the remembered place on start and never saves the empty place it started from', async () => {
    window.history.replaceState(null, '', '#/');
    const save = vi.fn(async (_patch: Partial<Settings>) => {});
    const { result } = renderHook(() => {
      const route = useRoute();
      useRememberPlace(route, settings, issues, save);
      return route;
    });
    await waitFor(() => expect(result.current.articleId).toBe('a3'));
    expect(result.current.issueId).toBe('i1');
    for (const [patch] of save.mock.calls) expect(patch.lastIssueId).toBe('i1');
  });

  it('saves the place as the editor moves', async () => {
    window.history.replaceState(null, '', '#/issue/i1/article/a3');
    const save = vi.fn(async (_patch: Partial<Settings>) => {});
    const { result, rerender } = renderHook(() => {
      const route = useRoute();
      useRememberPlace(route, settings, issues, save);
      return route;
    });
    result.current.navigate({ issueId: 'i1', articleId: 'a4' });
    rerender();
    await waitFor(() => expect(save).toHaveBeenCalledWith({ lastIssueId: 'i1', lastArticleId: 'a4' }));
  });
});
