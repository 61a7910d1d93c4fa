import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueBuilder } from '../../../../main/segment/builder';
import { PairKeySet } from '../../../../main/segment/rules/articles/pairKeySet';
import { StoryPairs } from '../../../../main/segment/rules/articles/storyPairs';
import { hanPairKeys } from '../../../../common/text';
import { START_ABOVE_WINDOW } from '../../../../main/segment/thresholds';

/**
 * The start scorer looks the story above up in pairs hashed as the story grows (StoryPairs) where it
 * rescanned the window at every candidate. These properties hold the lookup to that rescan, written
 * here from its definition: the current article's last blocks other than furniture, latest first,
 * until they hold START_ABOVE_WINDOW characters, and the open paragraph's tail. Random builders
 * (articles started, blocks added, paragraphs opened and joined, furniture held and placed) and
 * random words; each block's text is drawn from a few characters of its own, so that a pair often
 * stands only in blocks that left the window.
 */
const TOPICS = [
  '春耕农机合作',
  '图书馆读者书',
  '海滨小城渔港',
  '记者服务农户',
  '会议代表发言',
  '学校师生课堂',
];

/** The rescan StoryPairs replaced: how many of `words` stand in the story above, each once. */
function rescanned(b: IssueBuilder, words: number[]): number {
  const blocks = b.current?.blocks ?? [];
  const texts: string[] = [];
  let kept = 0;
  for (let k = blocks.length - 1; k >= 0 && kept < START_ABOVE_WINDOW; k--) {
    if (blocks[k]!.kind === 'furniture') continue;
    texts.push(blocks[k]!.text);
    kept += blocks[k]!.text.length;
  }
  const tail = b.openTail();
  if (tail) texts.push(tail);
  const seen = new Set<number>();
  for (const text of texts) for (const key of hanPairKeys(text)) seen.add(key);
  return new Set(words.filter((w) => seen.has(w))).size;
}

const text = fc
  .tuple(fc.nat(TOPICS.length - 1), fc.integer({ min: 1, max: 900 }), fc.nat())
  .map(([topic, length, seed]) => {
    const chars = TOPICS[topic]!;
    let out = '';
    for (let i = 0, x = seed; i < length; i++, x = (x * 1103515245 + 12345) >>> 0)
      out += chars[(x >>> 16) % chars.length];
    return out;
  });
const op = fc.oneof(
  fc.record({ op: fc.constant('start' as const) }),
  fc.record({ op: fc.constantFrom('paragraph' as const, 'subhead' as const, 'credit' as const), text }),
  fc.record({ op: fc.constantFrom('begin' as const, 'join' as const, 'furniture' as const), text }),
);
const words = fc
  .array(fc.tuple(fc.nat(TOPICS.length - 1), fc.nat(5), fc.nat(5)), { maxLength: 30 })
  .map((ws) => ws.map(([t, i, j]) => hanPairKeys(TOPICS[t]![i]! + TOPICS[t]![j]!)[0]!));

describe('StoryPairs', () => {
  for (const rebuildAt of [1 << 16, 8]) {
    it(`counts the words the rescanned story above holds (rebuild past ${rebuildAt} keys)`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(op, words, fc.boolean()), { minLength: 1, maxLength: 40 }), (steps) => {
          const b = new IssueBuilder();
          const pairs = new StoryPairs(rebuildAt);
          const set = new PairKeySet();
          // The scorer asks at some lines only: between two asks, articles start and blocks pile up.
          for (const [step, ws, asks] of steps) {
            if (step.op === 'start')
              b.startArticle(
                { kicker: null, headline: 'x', subheadlines: [] },
                { rule: 'article.untitled', evidence: '' },
              );
            else if (step.op === 'begin') b.begin('paragraph', step.text, 'body.default');
            else if (step.op === 'join') b.join(step.text, 'join.midSentence', '');
            else if (step.op === 'furniture') b.furniture(step.text, 'furniture.pattern');
            else b.add(step.op, step.text, 'body.default');
            if (!asks) continue;
            set.fill(Int32Array.from(ws));
            expect(pairs.metAbove(b, set)).toBe(rescanned(b, ws));
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
