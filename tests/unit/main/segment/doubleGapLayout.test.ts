import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

/** One story of a blank-separated dump: titles, a lead, a paragraph, every line apart by a blank line. */
const story = (n: number) =>
  `第${n}条新闻的标题\n\n本报讯（记者 王明）第${n}条新闻的导语写在这里，说明发生了什么。\n\n第${n}条新闻的第二段也写完了。\n`;

describe('the gap between articles in a blank-separated file', () => {
  it('a few double gaps (files pasted together) do not turn the titles after single gaps into crossheads', () => {
    const part = [1, 2, 3, 4].map((n) => story(n)).join('\n');
    const part2 = [5, 6, 7, 8].map((n) => story(n)).join('\n');
    const part3 = [9, 10, 11].map((n) => story(n)).join('\n');
    const text = `${part}\n\n${part2}\n\n${part3}`;
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(
      Array.from({ length: 11 }, (_, k) => `第${k + 1}条新闻的标题`),
    );
  });

  it('where stories stand after double gaps, a titled line after a single gap stays a crosshead', () => {
    const feature = (n: number) =>
      `第${n}条新闻的标题\n\n本报讯（记者 王明）第${n}条新闻的导语写在这里，说明发生了什么。\n\n一个小标题\n\n小标题下面的段落写完了。\n`;
    const text = [1, 2, 3, 4].map((n) => feature(n)).join('\n\n');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(4);
    expect(articles[0]?.blocks.map((b) => b.kind)).toContain('subhead');
  });
});
