import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { segmentText } from '../../../../../main/segment/segmentText';
import { lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (startScorer.ts, START_STACK_SHORT_VETO_AT): under a
 * story shorter than START_STACK_MIN_STORY, a stack of title lines the rules took for a new story's
 * titles is the story's first crosshead stack when the start scorer is sure it is no start; under a
 * brief (less than START_STACK_VETO_MIN_STORY characters) the rules' reading stands. Synthetic texts
 * written for these tests, one paragraph a line with nothing between articles.
 */
const INTRO =
  '眼下正值春耕时节，各地农户抢抓农时，田间地头一派繁忙景象。合作社购置了新农机，培训了农机手，' +
  '还为农户提供种子化肥和技术指导，农户们说，有了合作社，种地不再发愁，今年的收成也更有保障了。' +
  '县里还组织农技人员下乡，手把手教农户用好新农机。';
const STACK = ['农机入户', '为三千多户农户提供全程代耕服务'];
const SECTION = [
  '合作社的农机手从早忙到晚，农户省心省力，今年的春耕比往年顺利，种地不再发愁，收成也更有保障了。',
  '合作社还为农户提供种子化肥和技术指导，收成也更有保障了。',
];

describe('a title stack under a short story (startScorer.ts)', () => {
  it('is the story’s first crosshead stack when the scorer is sure no story starts there', () => {
    const entries: ExplainEntry[] = [];
    const { articles } = segmentText(lines('春耕时节农机忙', INTRO, ...STACK, ...SECTION), {
      explain: (e) => entries.push(e),
    });
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙']);
    expect(articles[0]!.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toContain(STACK[0]);
    const vetoed = entries.find((e) => e.line === 3 && e.decision === 'scored-no-start');
    expect(vetoed?.rule).toBe('subhead.startScored');
  });

  it('stays a new story’s titles under a brief of a sentence or two', () => {
    const { articles } = segmentText(
      lines(
        '农机展开幕',
        '本报讯 全市农机展昨日开幕，展出新农机百余台，吸引了不少农户前来参观。',
        ...STACK,
        ...SECTION,
      ),
    );
    expect(articles).toHaveLength(2);
    expect([articles[1]!.kicker, articles[1]!.headline]).toEqual(STACK);
  });
});
