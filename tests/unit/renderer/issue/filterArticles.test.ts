import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../../preload/api';
import { countTags, filterArticles, NO_FILTER } from '../../../../renderer/src/issue/filterArticles';
import { selectRange } from '../../../../renderer/src/issue/selectRange';

const article = (id: string, patch: Partial<StoredArticle> = {}): StoredArticle => ({
  id,
  kicker: null,
  headline: `标题${id}`,
  subheadlines: [],
  byline: null,
  authors: [],
  blocks: [{ id: `${id}-b1`, kind: 'paragraph', text: `正文${id}` }],
  repairs: [],
  tags: [],
  status: 'new',
  ...patch,
});

const articles = [
  article('a', { tags: ['文化', '社会'], status: 'approved' }),
  article('b', { tags: ['文化'], byline: '本报记者 曲经纬' }),
  article('c', { headline: null, blocks: [{ id: 'c1', kind: 'paragraph', text: 'Copydesk in English' }] }),
];
const ids = (list: StoredArticle[]) => list.map((a) => a.id);

describe('filterArticles', () => {
  it('keeps everything without a filter, in reading order', () => {
    expect(ids(filterArticles(articles, NO_FILTER))).toEqual(['a', 'b', 'c']);
  });
  it('filters by tag', () => {
    expect(ids(filterArticles(articles, { ...NO_FILTER, tag: '社会' }))).toEqual(['a']);
  });
  it('filters by status', () => {
    expect(ids(filterArticles(articles, { ...NO_FILTER, status: 'new' }))).toEqual(['b', 'c']);
  });
  it('filters by text in headline, byline and body, ignoring case', () => {
    expect(ids(filterArticles(articles, { ...NO_FILTER, text: '曲经纬' }))).toEqual(['b']);
    expect(ids(filterArticles(articles, { ...NO_FILTER, text: 'copydesk' }))).toEqual(['c']);
    expect(ids(filterArticles(articles, { ...NO_FILTER, text: '标题a' }))).toEqual(['a']);
  });
  it('combines the parts', () => {
    expect(
      ids(filterArticles(articles, { tag: '文化', status: 'new', text: '', needsReview: false })),
    ).toEqual(['b']);
  });
});

describe('countTags', () => {
  it('counts every tag over the articles', () => {
    expect(Object.fromEntries(countTags(articles))).toEqual({ 文化: 2, 社会: 1 });
  });
});

describe('selectRange', () => {
  const order = ['a', 'b', 'c', 'd'];
  it.each([
    ['forward', 'a', 'c', ['a', 'b', 'c']],
    ['backward', 'd', 'b', ['b', 'c', 'd']],
    ['single', 'b', 'b', ['b']],
    ['no anchor', null, 'c', ['c']],
    ['anchor filtered out', 'x', 'c', ['c']],
  ] as const)('%s', (_name, anchor, target, expected) => {
    expect(selectRange(order, anchor, target)).toEqual(expected);
  });
});
