import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout, percentile } from '../../../../main/segment/layout';
import type { Line, LineKind } from '../../../../main/segment/lines';
import { cjkShare } from '../../../../main/segment/text';
import {
  CJK_TEXT_SHARE,
  LAYOUT_CHINESE_SHARE,
  LAYOUT_CJK_HEAD,
  LAYOUT_CJK_SAMPLE,
  LAYOUT_INDENTED_SHARE,
  LAYOUT_LINE_WIDTH_PERCENTILE,
  LAYOUT_PROSE_TITLE_MIN_WIDTH,
  LAYOUT_WRAPPED_ENDS_SHARE,
  LAYOUT_WRAPPED_MIN_LINES,
} from '../../../../main/segment/thresholds';

/**
 * detectLayout counts its sample lines in place (layout.ts): the fields read off the sample must be
 * those of the first definition, which copied the prose lines out with filter (every line when none).
 */
describe('detectLayout sample', () => {
  const kinds: LineKind[] = ['body', 'lead', 'title', 'credit', 'furniture', 'caption'];
  const line = fc.record({
    body: fc.constantFrom('中文正文。', 'English text', '标题', 'a', '中a'),
    kind: fc.constantFrom(...kinds),
    width: fc.oneof(
      fc.nat(80),
      fc.constantFrom(LAYOUT_PROSE_TITLE_MIN_WIDTH - 1, LAYOUT_PROSE_TITLE_MIN_WIDTH),
    ),
    ends: fc.boolean(),
    indent: fc.boolean(),
    gap: fc.nat(3),
  });

  it('reads the sample as the filtered prose lines (or every line)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (rows) => {
        const lines = rows.map(
          (r, i) => ({ ...r, caps: false, opens: false, rule: 'body.default', no: i + 1, start: 0 }) as Line,
        );
        const prose = lines.filter(
          (l) =>
            l.kind === 'body' ||
            l.kind === 'lead' ||
            (l.kind === 'title' && l.width >= LAYOUT_PROSE_TITLE_MIN_WIDTH),
        );
        const sample = prose.length > 0 ? prose : lines;
        const ends = sample.filter((l) => l.ends).length;
        const indents = sample.filter((l) => l.indent).length;
        let cjk = 0;
        for (const l of sample)
          if (cjk < LAYOUT_CJK_SAMPLE && cjkShare(l.body.slice(0, LAYOUT_CJK_HEAD)) >= CJK_TEXT_SHARE) cjk++;
        const layout = detectLayout(lines);
        expect(layout.wrapped).toBe(
          sample.length >= LAYOUT_WRAPPED_MIN_LINES && ends < sample.length * LAYOUT_WRAPPED_ENDS_SHARE,
        );
        expect(layout.indented).toBe(indents >= sample.length * LAYOUT_INDENTED_SHARE && indents > 0);
        expect(layout.lineWidth).toBe(
          percentile(Float64Array.from(sample.map((l) => l.width)), LAYOUT_LINE_WIDTH_PERCENTILE),
        );
        expect(layout.chinese).toBe(
          cjk >= Math.min(LAYOUT_CJK_SAMPLE, sample.length) * LAYOUT_CHINESE_SHARE && cjk > 0,
        );
      }),
      { numRuns: 3000 },
    );
  });
});
