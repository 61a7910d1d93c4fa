import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * A line read as text (a title with a clause comma) right above a lead-in label (`核心阅读`), after
 * a finished paragraph, is the next story's headline line (article.labelBelow,
 * rules/articles/labelBelowText.ts), not the last paragraph of the story above.
 * Synthetic texts, every line apart by a blank line.
 */
const story = (title: string, n: number) =>
  `${title}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n后来的情况也写在这里，事情办得很顺利。\n\n`;
const paragraphs = (from: number, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `第${from + i}段写新区这一年的变化，工厂的订单比去年增长了不少，工人们说日子越过越有奔头。\n\n`,
  ).join('');
const HEAD = story('一座新城从规划图上站起来', 1) + '春天里的新区\n\n本报记者 李华\n\n';
const TITLE = '青山县关停小作坊，推动产业升级河谷变成聚宝盆';
const INTRO = '青山县这几年关停了一批小作坊，河谷里的水清了，游客也多了起来。\n\n';

describe('a text line over a lead-in label', () => {
  it('opens a new story under a finished paragraph', () => {
    const text = HEAD + paragraphs(1, 30) + `${TITLE}\n\n核心阅读\n\n` + INTRO + paragraphs(40, 3);
    const { articles } = segmentText(text);
    const last = articles.at(-1)!;
    expect(last.provenance?.start.rule).toBe('article.labelBelow');
    expect((last.kicker ?? '') + last.headline).toBe(TITLE);
  });

  it('leaves the same line without a label below in the story', () => {
    const text = HEAD + paragraphs(1, 30) + `${TITLE}\n\n` + INTRO + paragraphs(40, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.labelBelow');
  });

  it('leaves a paragraph that ends a sentence above the label in the story', () => {
    const text =
      HEAD +
      paragraphs(1, 30) +
      '青山县关停了小作坊，河谷变成了聚宝盆。\n\n核心阅读\n\n' +
      INTRO +
      paragraphs(40, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.labelBelow');
  });

  it('leaves a deck read as text under a title line, not under a paragraph, to the title above', () => {
    // The open block is the title's, not a finished paragraph: the deck is no headline of its own.
    const text =
      HEAD +
      paragraphs(1, 30) +
      '河谷里的新变化\n\n关停小作坊，推动产业升级，河谷变成聚宝盆\n\n核心阅读\n\n' +
      INTRO +
      paragraphs(40, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.labelBelow');
  });

  it('leaves a story’s closing line over an editor’s note in the story', () => {
    // A column's mailbox ends no sentence, yet closes the story: no headline (closingAboveTitles.ts).
    const text =
      HEAD +
      paragraphs(1, 30) +
      '本栏目投稿邮箱：qingshan@example.com\n\n编者的话\n\n' +
      INTRO +
      paragraphs(40, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.labelBelow');
  });

  it('leaves a bracketed note read as a title over an editor’s note in the story', () => {
    // The title-line reading of the label (groups/decideGroup.ts) keeps the same closing lines out.
    const text =
      HEAD +
      paragraphs(1, 30) +
      '（本文图片均由青山县委宣传部提供）\n\n编者的话\n\n' +
      INTRO +
      paragraphs(40, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).not.toContain('（本文图片均由青山县委宣传部提供）');
  });
});
