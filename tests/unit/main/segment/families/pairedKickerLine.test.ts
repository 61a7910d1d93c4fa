import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * A single title line whose phrase pair carries a kicker glued on, in a file that runs its kickers
 * on (article.pairedKickerLine, rules/articles/pairedKickerLine.ts): under a finished paragraph and
 * over a paragraph that does not open like news, it is the next story's headline line, not a
 * crosshead. A crosshead that is a pair alone, or a name beside its post, stays in the story.
 * Synthetic texts, every line apart by a blank line.
 */
const story = (title: string, n: number) =>
  `${title}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n后来的情况也写在这里，事情办得很顺利。\n\n`;
const paragraphs = (from: number, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `第${from + i}段写新区这一年的变化，工厂的订单比去年增长了不少，工人们说日子越过越有奔头。\n\n`,
  ).join('');
/** Two stories whose kickers run on into their headlines: the file's habit. */
const RUN_ON =
  story('一座新城从规划图上站起来——新区建设跑出加速度', 1) +
  story('一条老街找回了往日的烟火——老街坊回来了', 2);
const FEATURE_HEAD = '春天里的新区\n\n本报记者 李华\n\n';
const BELOW = '稻田里的鱼苗已经放下去了，村民们盼着秋天的好收成，合作社也在忙着联系买家。\n\n';

describe('a phrase pair with a kicker glued on, in a file that runs kickers on', () => {
  it('opens a new story under a finished paragraph', () => {
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '青山县推广稻田养鱼新模式一田两用 一水双收\n\n' +
      BELOW +
      paragraphs(50, 3);
    const { articles } = segmentText(text);
    const last = articles.at(-1)!;
    expect(last.provenance?.start.rule).toBe('article.pairedKickerLine');
    expect([last.kicker, last.headline]).toEqual(['青山县推广稻田养鱼新模式', '一田两用 一水双收']);
  });

  it('leaves a pair alone and a name beside its post as crossheads', () => {
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '一田两用 一水双收\n\n' +
      BELOW +
      paragraphs(50, 3) +
      '王大明 青山县稻田养鱼合作社理事长\n\n' +
      BELOW +
      paragraphs(60, 3);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.pairedKickerLine');
  });

  it('opens a new story when a clause in its kicker had the line read as text', () => {
    const entries: ExplainEntry[] = [];
    const text =
      RUN_ON +
      FEATURE_HEAD +
      paragraphs(1, 40) +
      '东湖区改造老旧小区，推动居民议事会常态化共商共建 共享新家\n\n' +
      BELOW +
      paragraphs(50, 3);
    const { articles } = segmentText(text, { explain: (e) => entries.push(e) });
    expect(
      entries.find((e) => e.decision === 'article.start' && e.rule === 'article.pairedKickerLine'),
    ).toBeTruthy();
    expect(articles.at(-1)!.blocks[0]!.text).toBe(BELOW.trim());
  });
});
