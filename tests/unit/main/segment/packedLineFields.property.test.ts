import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_KINDS, splitLines, type Line, type LineKind } from '../../../../main/segment/lines';
import { RULE_CODES } from '../../../../main/segment/rules/codes';
import { displayWidth } from '../../../../main/segment/text';
import { EXACT_WIDTH_MAX_CHARS } from '../../../../main/segment/thresholds';

const KINDS: readonly LineKind[] = LINE_KINDS;
const FLAGS = ['indent', 'ends', 'caps', 'opens'] as const;

/** A line's width, gap, kind, rule and four flags share one packed number (lines.ts SplitLine): each reads back as set. */
describe('a split line', () => {
  it('starts as body by body.default, with its own indent and end', () => {
    const [line] = splitLines('　市政府今天召开新闻发布会。');
    expect(line).toMatchObject({
      kind: 'body',
      rule: 'body.default',
      indent: true,
      ends: true,
      opens: false,
    });
  });

  it('counts the blank lines before it, however many (the gap shares the packed number)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(3), fc.constantFrom(70_000, 1 << 17)), { maxLength: 6 }),
        (gaps) => {
          const text = gaps.map((gap, i) => `${'\n'.repeat(gap)}line ${i}\n`).join('');
          expect(splitLines(text).map((line) => line.gap)).toEqual(gaps);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('has its display width: exact up to EXACT_WIDTH_MAX_CHARS characters, 2 per character above', () => {
    const unit = fc.constantFrom(...'中文，。ａ０abcXYZ 　');
    fc.assert(
      fc.property(fc.array(fc.array(unit, { minLength: 1, maxLength: 160 }), { maxLength: 5 }), (rows) => {
        const text = rows.map((units) => `x${units.join('')}x`).join('\n');
        for (const line of splitLines(text)) {
          const exact = line.body.length <= EXACT_WIDTH_MAX_CHARS;
          expect(line.width).toBe(exact ? displayWidth(line.body) : line.body.length * 2);
        }
      }),
    );
  });

  it('keeps every kind, rule and flag as set, whatever is set after it', () => {
    const field = fc.oneof(
      fc.record({ name: fc.constant('kind' as const), value: fc.constantFrom(...KINDS) }),
      fc.record({ name: fc.constant('rule' as const), value: fc.constantFrom(...RULE_CODES) }),
      fc.record({ name: fc.constantFrom(...FLAGS), value: fc.boolean() }),
      fc.record({ name: fc.constant('gap' as const), value: fc.oneof(fc.nat(5), fc.nat(1 << 24)) }),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 30 }), (sets) => {
        const line = splitLines('\n\n\nSome line')[0] as Line;
        const expected: Record<string, unknown> = {
          gap: line.gap,
          kind: line.kind,
          rule: line.rule,
          indent: line.indent,
          ends: line.ends,
          caps: line.caps,
          opens: line.opens,
        };
        for (const { name, value } of sets) {
          (line as unknown as Record<string, unknown>)[name] = value;
          expected[name] = value;
        }
        for (const [name, value] of Object.entries(expected))
          expect((line as unknown as Record<string, unknown>)[name]).toBe(value);
      }),
    );
  });

  it('refuses a kind or rule it cannot pack', () => {
    const line = splitLines('Some line')[0] as Line;
    expect(() => ((line as { kind: string }).kind = 'headline')).toThrow(/not a line kind/);
    expect(() => ((line as { rule: string }).rule = 'no.such.rule')).toThrow(/not a rule code/);
  });
});
