import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../main/segment/explain/sink';
import { splitLines } from '../../../../main/segment/lines';
import { decideCut } from '../../../../main/segment/rules/joins/cutModel';
import { CutStats } from '../../../../main/segment/rules/joins/cutStats';
import { segmentText } from '../../../../main/segment/segmentText';

/**
 * Without --explain the join scorer writes no evidence for the breaks it keeps (nothing else reads
 * it); a join's evidence goes into its repair either way. The segmentation must be the same with
 * and without --explain, and asked for join evidence only the scorer must decide as before.
 */
const TEXT = readFileSync(new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url), 'utf8');

describe('kept break evidence', () => {
  it('segments the same with and without --explain, repairs and their evidence included', () => {
    const entries: ExplainEntry[] = [];
    const explained = segmentText(TEXT, { explain: (e) => entries.push(e) });
    const plain = segmentText(TEXT);
    expect(plain).toEqual(explained);
    // The issue has scorer joins: their evidence reaches the repairs without --explain.
    const repairs = plain.articles.flatMap((a) => a.repairs);
    expect(repairs.some((r) => r.evidence?.includes('p(cut)'))).toBe(true);
  });

  it("decideCut(…, 'joins') decides as with evidence, and leaves only a kept break's evidence out", () => {
    const han = fc.constantFrom(
      ...'的了是在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长。，“”'.split(
        '',
      ),
    );
    const body = fc.array(han, { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
    let kept = 0;
    let joined = 0;
    fc.assert(
      fc.property(
        fc.array(body, { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1, max: 400 }),
        (bodies, length) => {
          const lines = splitLines(bodies.join('\n'));
          fc.pre(lines.length >= 2);
          const stats = new CutStats(lines);
          const input = {
            prev: lines[0]!,
            line: lines[1]!,
            tail: lines[0]!.body,
            paragraphLength: length,
            stats,
          };
          const full = decideCut(input);
          const joins = decideCut(input, 'joins');
          expect(joins.join).toBe(full.join);
          expect(joins.probability).toBe(full.probability);
          expect(joins.evidence).toBe(full.join ? full.evidence : '');
          if (full.join) joined++;
          else kept++;
        },
      ),
      { numRuns: 2000 },
    );
    // Both kinds of decision were seen: neither branch is checked vacuously.
    expect(kept).toBeGreaterThan(0);
    expect(joined).toBeGreaterThan(0);
  });
});
