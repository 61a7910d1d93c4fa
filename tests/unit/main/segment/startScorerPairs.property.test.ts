import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanPairKeys } from '../../../../common/text';
import { IssueBuilder } from '../../../../main/segment/builder';
import { detectLayout } from '../../../../main/segment/layout';
import type { Line } from '../../../../main/segment/lines';
import { belowHeadlineShare, belowWords } from '../../../../main/segment/rules/articles/startScorer';
import { START_BELOW_WINDOW } from '../../../../main/segment/thresholds';

/**
 * The start scorer's words of the text below a line (belowWords) are read in place from the lines. Its
 * definition, the code it replaced: the next lines' trimmed bodies joined, cut at START_BELOW_WINDOW
 * UTF-16 units, and that text's distinct Han pairs (pairs across two lines count).
 */
function belowText(lines: readonly Line[], at: number): string {
  let text = '';
  for (let k = at + 1; k < lines.length && text.length < START_BELOW_WINDOW; k++)
    text += lines[k]!.body.trim().slice(0, START_BELOW_WINDOW - text.length);
  return text;
}

const unit = fc.oneof(
  fc.constantFrom('春', '耕', '农', '机', '读', '者', '书', '香'),
  // Many Han characters too, so that a unit more or less at the window's end is a pair more or less.
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('，', '。', 'a', ' ', '\u3000', '\t', '𠀀'),
);
/** A line's body: short or long (past the window), with or without spaces at its ends. */
const body = fc
  .tuple(
    fc.constantFrom('', ' ', '\u3000'),
    fc.array(unit, { minLength: 1, maxLength: 120, size: 'max' }).map((u) => u.join('')),
    fc.constantFrom('', ' ', '\u3000\t'),
  )
  .map(([a, t, z]) => a + t + z);

describe('belowWords', () => {
  it('holds the distinct pairs of the joined, cut text below the line', () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 8 }), fc.nat(), (bodies, pick) => {
        const lines = bodies.map((b) => ({ body: b }) as Line);
        const at = pick % lines.length;
        const words = belowWords({ lines, at });
        const got = Array.from({ length: words.size }, (_, i) => words.member(i));
        expect(got).toEqual([...new Set(hanPairKeys(belowText(lines, at)))]);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * belowSharesHeadline reads the text below's pairs against the titles' (no set of the text below).
 * Its definition, the code it replaced: the share of the distinct pairs of `${kicker}\n${headline}`
 * that are among the distinct pairs of the text below.
 */
describe('belowHeadlineShare', () => {
  const title = fc.option(
    fc.array(unit, { minLength: 1, maxLength: 12 }).map((u) => u.join('')),
    { nil: null },
  );
  it('is the share of the pairs of the titles met in the text below', () => {
    fc.assert(
      fc.property(
        fc.array(body, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        title,
        title,
        (bodies, pick, kicker, headline) => {
          const lines = bodies.map((b) => ({ body: b }) as Line);
          const at = pick % lines.length;
          const b = new IssueBuilder();
          b.startArticle({ kicker, headline, subheadlines: [] }, { rule: 'article.untitled', evidence: '' });
          const titles = new Set(hanPairKeys(`${kicker ?? ''}\n${headline ?? ''}`));
          const below = new Set(hanPairKeys(belowText(lines, at)));
          const want = titles.size === 0 ? 0 : [...titles].filter((k) => below.has(k)).length / titles.size;
          const got = belowHeadlineShare({ lines, at, b, layout: detectLayout(lines), asText: false });
          expect(got).toBe(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
