import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type Line, type LineKind } from '../../../../main/segment/lines';
import { RULE_CODES } from '../../../../main/segment/rules/codes';

const KINDS: LineKind[] = [
  'furniture',
  'lead',
  'byline',
  'credit',
  'caption',
  'photographer',
  'title',
  'body',
];
const FLAGS = ['indent', 'ends', 'caps', 'opens'] as const;

/** A line's kind, rule and four flags share one packed number (lines.ts SplitLine): each reads back as set. */
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

  it('keeps every kind, rule and flag as set, whatever is set after it', () => {
    const field = fc.oneof(
      fc.record({ name: fc.constant('kind' as const), value: fc.constantFrom(...KINDS) }),
      fc.record({ name: fc.constant('rule' as const), value: fc.constantFrom(...RULE_CODES) }),
      fc.record({ name: fc.constantFrom(...FLAGS), value: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 30 }), (sets) => {
        const line = splitLines('Some line')[0] as Line;
        const expected: Record<string, unknown> = {
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
