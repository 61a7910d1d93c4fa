import { describe, expect, it } from 'vitest';
import { keptFor } from '../../../../main/segment/rules/articles/parallelSections';
import { segmentText } from '../../../../main/segment/segmentText';

/** Every string reachable from `value` (own enumerable properties, arrays and objects). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * Issue 14, memory: what rules/articles/parallelSections.ts keeps per article lives as long as the
 * article, so it must not be (or hold) the text's lines, whose bodies are slices of the whole decoded
 * text. Synthetic text written for this test: one article opened by a two-line title stack, with two
 * sections set under crosshead stacks of the same make.
 */
const TEXT = [
  '春耕时节农机忙',
  '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。',
  '合作社提供全程服务，农户省心省力。',
  '山  区',
  '小型农机开上了层层梯田里的每一块地',
  '山里的地块小，合作社买来了轻便的微耕机，一天能耕好几亩地。',
  '平  原',
  '大型农机开进了平原上连片的万亩农田',
  '平原上的连片农田里，大马力拖拉机来回穿梭，播种施肥一次完成。',
  '丘  陵',
  '中型农机在缓坡上的果园里来回作业',
  '丘陵上的果园坡缓路窄，中型农机正合适，除草施肥都不耽误。',
].join('\n');

describe('parallel sections keep no text (rules/articles/parallelSections.ts)', () => {
  it('keeps plain values for the opening stack and the last section stack, no line and no body', () => {
    const { articles } = segmentText(`${TEXT}\n`);
    const kept = articles.map(keptFor);
    // The text exercises both memories, so the check below has something to look at.
    expect(kept.some((k) => k.opening?.make)).toBe(true);
    expect(kept.some((k) => k.section)).toBe(true);
    const bodies = new Set(TEXT.split('\n'));
    for (const k of kept) {
      // The only strings are rule codes and end classes, never a line of the text.
      for (const s of stringsIn(k)) {
        expect(bodies.has(s)).toBe(false);
        expect(s).toMatch(/^(?:[a-z]+\.[A-Za-z]+|dash|colon|plain)$/u);
      }
      expect(JSON.stringify(k)).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps them for the current article only: an earlier article keeps nothing once a later one is noted', () => {
    const { articles } = segmentText(`${TEXT}\n\n\n${TEXT}\n`);
    expect(articles.map((a) => a.headline)).toEqual([TEXT.split('\n')[0], TEXT.split('\n')[0]]);
    const [first, last] = articles.map(keptFor);
    expect(first).toEqual({ opening: undefined, section: undefined });
    // The last article is still the current one when segmentation ends (garbage with the builder).
    expect(last?.section).toBeDefined();
  });
});
