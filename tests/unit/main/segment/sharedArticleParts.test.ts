import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

/**
 * Memory (issue 10, item 4): articles with the same titling decision share one provenance record,
 * and the same author name is one string, while every article's JSON stays what it was. Synthetic
 * text written for this test: three stories by the same reporter, each under a one-line headline.
 */
const SENTENCES = [
  '市政府今天召开新闻发布会，介绍今年城市建设的主要任务和进展情况。',
  '据介绍，全市将新建和改造道路一百二十公里，新增公园绿地三百公顷。',
  '有关负责人表示，各项工程将按照计划有序推进，确保年底前全部完工。',
];
const story = (n: number) =>
  `城市建设稳步推进 第${n}期\n本报记者 王明\n${SENTENCES.map((s, p) => `${s}（第${n}篇第${p + 1}段）`).join('\n')}\n\n\n`;

describe('articles share repeated parts (main/segment/builder.ts)', () => {
  it('one titles record per decision, one list per authors and block rules, the same output', () => {
    const { articles } = segmentText(`${story(1)}${story(2)}${story(3)}`);
    expect(articles).toHaveLength(3);
    const [a, b, c] = articles;
    expect(a?.provenance?.titles).toBeTruthy();
    expect(b?.provenance?.titles).toBe(a?.provenance?.titles);
    expect(c?.provenance?.titles).toBe(a?.provenance?.titles);
    expect(articles.map((x) => x.authors)).toEqual([['王明'], ['王明'], ['王明']]);
    // The same authors and the same block rules: one frozen list each, shared.
    expect(b?.authors).toBe(a?.authors);
    expect(c?.authors).toBe(a?.authors);
    expect(Object.isFrozen(a?.authors)).toBe(true);
    expect(a?.provenance?.blocks.length).toBeGreaterThan(0);
    expect(b?.provenance?.blocks).toBe(a?.provenance?.blocks);
    expect(Object.isFrozen(a?.provenance?.blocks)).toBe(true);
    // No subheadlines: one shared empty list, frozen so that a push cannot reach every article.
    expect(articles.map((x) => x.subheadlines)).toEqual([[], [], []]);
    expect(b?.subheadlines).toBe(a?.subheadlines);
    expect(Object.isFrozen(a?.subheadlines)).toBe(true);
    // Sharing changes no output: each article's titles record reads the same.
    expect(articles.map((x) => JSON.stringify(x.provenance?.titles))).toEqual(
      Array(3).fill(JSON.stringify(a?.provenance?.titles)),
    );
  });

  it('lists that differ stay apart, each with its own items', () => {
    const other = story(4).replace('王明', '李华');
    const { articles } = segmentText(`${story(1)}${other}${story(2)}`);
    expect(articles.map((x) => x.authors)).toEqual([['王明'], ['李华'], ['王明']]);
    expect(articles[1]?.authors).not.toBe(articles[0]?.authors);
    expect(articles[2]?.authors).toBe(articles[0]?.authors);
  });
});
