import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, type BlockKind, type Repair } from '../../../../preload/api';
import { IssueBuilder, UNTITLED } from '../../../../main/segment/builder';
import { joinSeparator } from '../../../../main/segment/text';

/**
 * The builder refills one record for the open block instead of making one per block (builder.ts,
 * `slot`). Each block must still come out with its own text, kind and repairs: after random builder
 * work, the articles equal those of a model that keeps a fresh record per block.
 */
type Step =
  | { op: 'start' }
  | { op: 'begin' | 'add'; kind: BlockKind; text: string }
  | { op: 'join'; text: string }
  | { op: 'close' };

const text = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'ab 中文-') });
const kind = fc.constantFrom(...BLOCK_KINDS.filter((k) => k !== 'furniture'));
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ op: 'start' as const }),
  fc.record({ op: fc.constantFrom('begin' as const, 'add' as const), kind, text }),
  fc.record({ op: fc.constant('join' as const), text }),
  fc.constant({ op: 'close' as const }),
);

interface ModelArticle {
  blocks: Array<{ kind: BlockKind; text: string }>;
  repairs: Repair[];
}

/** The builder's articles as a fresh record per block makes them (furniture left out of the steps). */
function model(steps: Step[], settle: (kind: BlockKind, text: string) => BlockKind): ModelArticle[] {
  const articles: ModelArticle[] = [];
  let open: { kind: BlockKind; text: string; tail: string; repairs: Repair[] } | null = null;
  const close = () => {
    if (!open) return;
    const a = articles.at(-1)!;
    const blockIndex = a.blocks.push({ kind: settle(open.kind, open.text), text: open.text }) - 1;
    for (const r of open.repairs) a.repairs.push({ ...r, blockIndex });
    open = null;
  };
  const begin = (k: BlockKind, t: string) => {
    close();
    if (articles.length === 0) articles.push({ blocks: [], repairs: [] });
    open = { kind: k, text: t, tail: t, repairs: [] };
  };
  for (const s of steps) {
    if (s.op === 'start') {
      close();
      articles.push({ blocks: [], repairs: [] });
    } else if (s.op === 'begin') begin(s.kind, s.text);
    else if (s.op === 'add') {
      begin(s.kind, s.text);
      close();
    } else if (s.op === 'join') {
      if (!open) begin('paragraph', s.text);
      else {
        const o: { kind: BlockKind; text: string; tail: string; repairs: Repair[] } = open;
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
  return articles;
}

describe('the open block record', () => {
  it('gives every block its own text, kind and repairs', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        // A closing block may change its kind (rules/blocks/blockKind.ts): short paragraphs become crossheads here.
        const settle = (k: BlockKind, t: string): BlockKind =>
          k === 'paragraph' && t.length < 3 ? 'subhead' : k;
        const b = new IssueBuilder();
        b.settle = (k, t) => (settle(k, t) === k ? null : { kind: 'subhead', rule: 'subhead.shortBlock' });
        for (const s of steps) {
          if (s.op === 'start') b.startArticle(UNTITLED, { rule: 'article.lead', evidence: '' });
          else if (s.op === 'begin') b.begin(s.kind, s.text, 'body.default');
          else if (s.op === 'add') b.add(s.kind, s.text, 'body.default');
          else if (s.op === 'join') b.join(s.text, 'join.midSentence', s.text);
          else b.close();
        }
        b.finish();
        expect(b.articles.map((a) => ({ blocks: a.blocks, repairs: a.repairs }))).toEqual(
          model(steps, settle),
        );
      }),
      { numRuns: 300 },
    );
  });
});
