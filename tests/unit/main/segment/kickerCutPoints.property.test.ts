import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPoints } from '../../../../main/segment/rules/titles/kickerModel';
import { CLOSERS, OPENERS } from '../../../../main/segment/rules/titles/titleMarks';
import { KICKER_MODEL_MIN_HEADLINE, KICKER_MODEL_MIN_KICKER } from '../../../../main/segment/thresholds';

const NO_CUT_BEFORE = /^[，,、；;：:。！？!?…”’）)》」』\s—·]/u;

/**
 * The kicker scorer's cut points as first written: its own depth scan over OPENERS/CLOSERS and a
 * slice per offset for the mark that may not follow a cut. cutPoints now reads titleMarks'
 * openMarksBefore and one character; this definition holds it to the same answer. (Since then no
 * cut follows a comma or an enumeration comma: no kicker ends on one; nor a space: the paper's own
 * space parts the paired phrases of one title.)
 */
function referenceCutPoints(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let seen = 0;
  const total = Array.from(text).length;
  const low = (i: number) => text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (
      i > 0 &&
      depth === 0 &&
      seen >= KICKER_MODEL_MIN_KICKER &&
      total - seen >= KICKER_MODEL_MIN_HEADLINE
    ) {
      const before = text[i - 1] ?? '';
      // No kicker ends on a comma or an enumeration comma, spaces after it aside.
      const afterComma = /[，,、][\s\u3000]*$/u.test(text.slice(0, i));
      const afterSpace = /[\s\u3000]$/u.test(text.slice(0, i));
      if (
        !NO_CUT_BEFORE.test(text.slice(i)) &&
        !OPENERS.includes(before) &&
        !low(i) &&
        !afterComma &&
        !afterSpace
      )
        out.push(i);
    }
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    if (!low(i)) seen++;
  }
  return out;
}

/** Title-like text: Han characters, the marks the scan reads, spaces, digits and an astral character. */
const piece = fc.constantFrom(
  ...'通州召开会议推进发展新年音乐会“”‘’（）()《》「」『』，、：:。！？…—· \u30002019',
  '𠀀',
);

describe('kicker scorer cut points (rules/titles/kickerModel.ts)', () => {
  it('are those of the first definition on any title-like line', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(cutPoints(text)).toEqual(referenceCutPoints(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('kicker scorer cut points after a comma', () => {
  it('are never right after a comma or an enumeration comma, spaces aside', () => {
    const text = '稳定就业、扩大内需， 多地出台新措施';
    const kickers = cutPoints(text).map((at) => text.slice(0, at));
    expect(kickers).toContain('稳定就业、扩');
    expect(kickers.filter((k) => /[，、]\s*$/u.test(k))).toEqual([]);
  });
});

describe('kicker scorer cut points at a space', () => {
  it('are never next to a space: it parts the paired phrases of one title, not kicker and headline', () => {
    const text = '旅客发送量创下新高 各地出招保障平安出行';
    const points = cutPoints(text);
    const space = text.indexOf(' ');
    expect(points).not.toContain(space);
    expect(points).not.toContain(space + 1);
    expect(points).toContain(space - 2);
  });
});
