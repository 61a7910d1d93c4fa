import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, type BlockKind } from '../../../../preload/api';
import { IssueBuilder, UNTITLED } from '../../../../main/segment/builder';

/**
 * The builder keeps running counts of the current article's blocks (StoryCounts, read by the start
 * scorer and by hasBody / hasSubhead) instead of walking the blocks at every question. These
 * properties hold them to the walks they replaced, after every step of random builder work,
 * settled kinds included.
 */
type Step =
  | { op: 'start' }
  | { op: 'begin' | 'add'; kind: BlockKind; text: string }
  | { op: 'join' | 'furniture'; text: string }
  | { op: 'close' };

const text = fc.string({ minLength: 1, maxLength: 12 });
const kind = fc.constantFrom(...BLOCK_KINDS);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ op: 'start' as const }),
  fc.record({ op: fc.constantFrom('begin' as const, 'add' as const), kind, text }),
  fc.record({ op: fc.constantFrom('join' as const, 'furniture' as const), text }),
  fc.constant({ op: 'close' as const }),
);

/** The counts by walking the current article's blocks, as the scorer and hasBody first did. */
function walked(b: IssueBuilder) {
  const blocks = b.current?.blocks ?? [];
  let chars = 0;
  let crossheads = 0;
  let lastCrosshead: string | undefined;
  let sinceCrosshead = -1;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const block = blocks[k]!;
    if (block.kind === 'subhead') {
      if (crossheads === 0) {
        sinceCrosshead = chars;
        lastCrosshead = block.text;
      }
      crossheads++;
    }
    if (block.kind !== 'furniture') chars += block.text.length;
  }
  return {
    chars,
    crossheads,
    lastCrosshead,
    sinceCrosshead: sinceCrosshead < 0 ? chars : sinceCrosshead,
    hasBody: b.openKind() !== null || blocks.some((x) => x.kind !== 'furniture' && x.kind !== 'credit'),
    hasSubhead: blocks.some((x) => x.kind === 'subhead'),
  };
}

function run(b: IssueBuilder, s: Step): void {
  if (s.op === 'start') b.startArticle(UNTITLED, { rule: 'article.lead', evidence: '' });
  else if (s.op === 'begin') b.begin(s.kind, s.text, 'body.default');
  else if (s.op === 'add') b.add(s.kind, s.text, 'body.default');
  else if (s.op === 'join') b.join(s.text, 'join.midSentence', '');
  else if (s.op === 'furniture') b.furniture(s.text, 'furniture.pattern');
  else b.close();
}

describe('story counts', () => {
  it('equal the walks over the current article after every step', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, settling) => {
        const b = new IssueBuilder();
        // A closing block may change its kind (rules/blocks/blockKind.ts): short paragraphs become crossheads here.
        if (settling)
          b.settle = (k, t) =>
            k === 'paragraph' && t.length < 4 ? { kind: 'subhead', rule: 'subhead.shortBlock' } : null;
        for (const s of steps) {
          run(b, s);
          const w = walked(b);
          const { story } = b;
          expect(story.chars).toBe(w.chars);
          expect(story.crossheads).toBe(w.crossheads);
          expect(story.lastCrosshead).toBe(w.lastCrosshead);
          expect(story.crossheads > 0 ? story.chars - story.charsThroughLastCrosshead : story.chars).toBe(
            w.sinceCrosshead,
          );
          expect(b.hasBody()).toBe(w.hasBody);
          expect(b.hasSubhead()).toBe(w.hasSubhead);
        }
      }),
      { numRuns: 300 },
    );
  });
});
