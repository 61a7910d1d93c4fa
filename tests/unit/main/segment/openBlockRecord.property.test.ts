import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, type BlockKind, type Repair } from '../../../../preload/api';
import { IssueBuilder, UNTITLED } from '../../../../main/segment/builder';
import { joinSeparator } from '../../../../main/segment/text';
import type { Line } from '../../../../main/segment/lines';
import type { RuleCode } from '../../../../main/segment/rules/codes';

/**
 * The builder refills one record for the open block instead of making one per block (builder.ts,
 * `slot`). Each block must still come out with its own text, kind, rule (provenance) and repairs, and
 * settle must get the line the block opened on: after random builder work, the articles and the
 * settle calls equal those of a model that keeps a fresh record per block.
 */
type Step =
  | { op: 'start' }
  | { op: 'begin' | 'add'; kind: BlockKind; text: string; rule: RuleCode }
  | { op: 'join'; text: string }
  | { op: 'close' };

const text = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'ab 中文-') });
const kind = fc.constantFrom(...BLOCK_KINDS.filter((k) => k !== 'furniture'));
const rule = fc.constantFrom<RuleCode>('body.default', 'credit.pattern', 'join.midSentence');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ op: 'start' as const }),
  fc.record({ op: fc.constantFrom('begin' as const, 'add' as const), kind, text, rule }),
  fc.record({ op: fc.constant('join' as const), text }),
  fc.constant({ op: 'close' as const }),
);

interface ModelArticle {
  blocks: Array<{ kind: BlockKind; text: string }>;
  repairs: Repair[];
  rules: string[];
}
/** Each settle call: the block's kind and text and the number of the step that opened it. */
type SettleCall = [BlockKind, string, number | undefined];

/** The builder's articles as a fresh record per block makes them (furniture left out of the steps). */
type ModelOpen = {
  kind: BlockKind;
  rule: RuleCode;
  text: string;
  tail: string;
  repairs: Repair[];
  step: number;
};
function model(
  steps: Step[],
  settle: (kind: BlockKind, text: string) => BlockKind,
): { articles: ModelArticle[]; calls: SettleCall[] } {
  const articles: ModelArticle[] = [];
  const calls: SettleCall[] = [];
  let open: ModelOpen | null = null;
  const close = () => {
    if (!open) return;
    const a = articles.at(-1)!;
    calls.push([open.kind, open.text, open.step]);
    const k = settle(open.kind, open.text);
    const blockIndex = a.blocks.push({ kind: k, text: open.text }) - 1;
    a.rules.push(k === open.kind ? open.rule : 'subhead.shortBlock');
    for (const r of open.repairs) a.repairs.push({ ...r, blockIndex });
    open = null;
  };
  const begin = (k: BlockKind, t: string, r: RuleCode, step: number) => {
    close();
    if (articles.length === 0) articles.push({ blocks: [], repairs: [], rules: [] });
    open = { kind: k, rule: r, text: t, tail: t, repairs: [], step };
  };
  for (const [n, s] of steps.entries()) {
    if (s.op === 'start') {
      close();
      articles.push({ blocks: [], repairs: [], rules: [] });
    } else if (s.op === 'begin') begin(s.kind, s.text, s.rule, n);
    else if (s.op === 'add') {
      begin(s.kind, s.text, s.rule, n);
      close();
    } else if (s.op === 'join') {
      if (!open) begin('paragraph', s.text, 'join.midSentence', n);
      else {
        const o: ModelOpen = open;
        o.text += joinSeparator(o.tail, s.text);
        o.repairs.push({
          blockIndex: -1,
          offset: o.text.length,
          reason: 'join.midSentence',
          evidence: s.text,
        });
        o.text += s.text;
        o.tail = s.text;
      }
    } else close();
  }
  close();
  return { articles, calls };
}

describe('the open block record', () => {
  it('gives every block its own text, kind and repairs', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        // A closing block may change its kind (rules/blocks/blockKind.ts): short paragraphs become crossheads here.
        const settle = (k: BlockKind, t: string): BlockKind =>
          k === 'paragraph' && t.length < 3 ? 'subhead' : k;
        const b = new IssueBuilder();
        // Each step places a line of its own (the pass sets `placing`): settle must get the block's first.
        const lines = steps.map((_, n) => ({ no: n }) as unknown as Line);
        const calls: SettleCall[] = [];
        b.settle = (k, t, first) => {
          calls.push([k, t, first ? (first as unknown as { no: number }).no : undefined]);
          return settle(k, t) === k ? null : { kind: 'subhead', rule: 'subhead.shortBlock' };
        };
        for (const [n, s] of steps.entries()) {
          b.placing = lines[n]!;
          if (s.op === 'start') b.startArticle(UNTITLED, { rule: 'article.lead', evidence: '' });
          else if (s.op === 'begin') b.begin(s.kind, s.text, s.rule);
          else if (s.op === 'add') b.add(s.kind, s.text, s.rule);
          else if (s.op === 'join') b.join(s.text, 'join.midSentence', s.text);
          else b.close();
        }
        b.finish();
        const expected = model(steps, settle);
        expect(
          b.articles.map((a) => ({ blocks: a.blocks, repairs: a.repairs, rules: [...a.provenance!.blocks] })),
        ).toEqual(expected.articles);
        expect(calls).toEqual(expected.calls);
      }),
      { numRuns: 300 },
    );
  });
});
