import { describe, expect, it } from 'vitest';
import type { IssueView } from '../../../../preload/api';
import { findHits } from '../../../../renderer/src/editor/find/findHits';
import { replaceOneOp } from '../../../../renderer/src/editor/find/replaceOneOp';
import { makeArticle } from './articleFixture';

function makeIssue(): IssueView {
  const first = { ...makeArticle(['副中心建设。副中心发展。', '其他。']), id: 'a1', headline: '副中心新闻' };
  const second = {
    ...makeArticle(['Copy desk copy.']),
    id: 'a2',
    headline: null,
    subheadlines: ['副中心规划'],
  };
  return {
    id: 'i1',
    title: 'issue',
    importedAt: '2026-01-20T00:00:00Z',
    revision: 3,
    source: { path: 'x.txt', sha256: '', bytes: 0, encoding: 'utf-8' },
    warnings: [],
    preamble: [],
    articles: [first, second],
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
  };
}

describe('findHits', () => {
  it('finds every match across articles in reading order, titles first', () => {
    const hits = findHits(makeIssue(), '副中心', true);
    expect(hits.map((hit) => [hit.articleId, hit.field, hit.start])).toEqual([
      ['a1', 'headline', 0],
      ['a1', 'block', 0],
      ['a1', 'block', 6],
      ['a2', 'deck', 0],
    ]);
    expect(hits[2]).toMatchObject({ before: '副中心建设。', match: '副中心', after: '发展。' });
  });

  it('matches case-blind unless asked, and treats the query literally', () => {
    expect(findHits(makeIssue(), 'copy', false)).toHaveLength(2);
    expect(findHits(makeIssue(), 'copy', true)).toHaveLength(1);
    expect(findHits(makeIssue(), '。*', true)).toHaveLength(0);
    expect(findHits(makeIssue(), '', true)).toEqual([]);
  });
});

describe('replaceOneOp', () => {
  it('replaces only the chosen match in a block', () => {
    const issue = makeIssue();
    const hit = findHits(issue, '副中心', true)[2]!;
    expect(replaceOneOp(issue, hit, '城市副中心')).toEqual({
      type: 'editBlock',
      articleId: 'a1',
      blockId: 'b0',
      text: '副中心建设。城市副中心发展。',
    });
  });

  it('replaces in a headline or a deck through setTitles', () => {
    const issue = makeIssue();
    const [headline, , , deck] = findHits(issue, '副中心', true);
    expect(replaceOneOp(issue, headline!, '通州')).toEqual({
      type: 'setTitles',
      articleId: 'a1',
      headline: '通州新闻',
    });
    expect(replaceOneOp(issue, deck!, '通州')).toEqual({
      type: 'setTitles',
      articleId: 'a2',
      subheadlines: ['通州规划'],
    });
  });

  it('refuses a hit whose text changed meanwhile', () => {
    const issue = makeIssue();
    const hit = findHits(issue, '其他', true)[0]!;
    issue.articles[0]!.blocks[1]!.text = '改过了。';
    expect(replaceOneOp(issue, hit, 'x')).toBeNull();
  });
});
