import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../../renderer/src/route/parseRoute';

describe('parseRoute / formatRoute', () => {
  it.each([
    ['', { issueId: null, articleId: null }],
    ['#/', { issueId: null, articleId: null }],
    ['#/issue/i1', { issueId: 'i1', articleId: null }],
    ['#/issue/i1/article/a7', { issueId: 'i1', articleId: 'a7' }],
    ['#/issue/i%2F1/article/a%207', { issueId: 'i/1', articleId: 'a 7' }],
    ['#/somewhere/else', { issueId: null, articleId: null }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it('round-trips', () => {
    for (const route of [
      { issueId: 'i1', articleId: 'a2' },
      { issueId: 'x y', articleId: null },
      { issueId: null, articleId: null },
    ]) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });
});
