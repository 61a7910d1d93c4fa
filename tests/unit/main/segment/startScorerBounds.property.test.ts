import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueBuilder } from '../../../../main/segment/builder';
import { detectLayout } from '../../../../main/segment/layout';
import { splitLines } from '../../../../main/segment/lines';
import {
  START_FEATURES,
  addWordFeatures,
  belowAboveRange,
  boundDecision,
  scoredStack,
  scoredStart,
  stackFeatures,
  startFeatures,
  startScore,
  wordsBoundDecision,
} from '../../../../main/segment/rules/articles/startScorer';
import {
  START_SCORER_WEIGHTS,
  START_STACK_WEIGHTS,
} from '../../../../main/segment/rules/articles/startScorerWeights';
import { COLUMN_TAG } from '../../../../main/segment/rules/titles/titleMarks';
import { codePoints } from '../../../../main/segment/text';

/**
 * The start scorer decides a candidate without some of its word overlaps when they cannot change the
 * decision (rules/articles/startScorer.ts, wordsBoundDecision). These properties hold that fast path
 * to the full score it replaced: --explain always takes the full score, so the two readings of the
 * same candidate must agree. Random stories and lines over a few words, so that overlaps are common.
 * The shape features read the line's last character and count code points and crossheads without
 * regular expressions or arrays: they are held to the expressions they replaced.
 */
const WORDS = ['春耕', '农机', '合作社', '图书馆', '读者', '海滨', '小城', '书香', '农户', '服务', '记者'];
const MARKS = [
  '（记者 王明）',
  '记者李)',
  '。)',
  '）”',
  '.',
  '．',
  '',
  '',
  '，',
  '。',
  '！',
  '!',
  '？',
  '?',
  '：',
  '”',
  '’',
  '」',
  '』',
  ' ',
  '12',
  '（专栏）',
  '(ab)',
  '𠀀',
  '）',
];
const phrase = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS)), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);
const story = fc.record({
  headline: fc.option(phrase, { nil: null }),
  blocks: fc.array(fc.record({ crosshead: fc.boolean(), text: phrase }), { maxLength: 12 }),
  open: fc.option(phrase, { nil: null }),
});
const candidate = fc.record({
  story,
  rows: fc.array(phrase, { minLength: 2, maxLength: 6 }),
  at: fc.nat(),
  asText: fc.boolean(),
  group: fc.integer({ min: 2, max: 4 }),
  ruleStart: fc.boolean(),
});

type Sample = typeof candidate extends fc.Arbitrary<infer T> ? T : never;

/** The candidate: the rows as lines, the story as the builder's current one. */
function build(c: Sample) {
  const lines = splitLines(`${c.rows.join('\n')}\n`);
  const b = new IssueBuilder();
  b.startArticle(
    { kicker: null, headline: c.story.headline, subheadlines: [] },
    { rule: 'article.untitled', evidence: '' },
  );
  for (const block of c.story.blocks)
    b.add(block.crosshead ? 'subhead' : 'paragraph', block.text, 'subhead.default');
  if (c.story.open) b.begin('paragraph', c.story.open, 'body.default');
  const at = 1 + (c.at % (lines.length - 1));
  return {
    lines,
    at,
    layout: detectLayout(lines),
    b,
    asText: c.asText,
    group: c.group,
    ruleStart: c.ruleStart,
  };
}
describe('the start scorer decides without word overlaps only where they cannot change the decision', () => {
  it('boundDecision: a decided range decides every score in it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -5, max: 0, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (z, lo, hi, t, at) => {
          const d = boundDecision(z, lo, hi, at);
          if (d !== undefined) expect(z + lo + t * (hi - lo) >= at).toBe(d);
        },
      ),
    );
  });

  it('a single line: the same decision as the full score (--explain)', () => {
    fc.assert(
      fc.property(candidate, (c) => {
        const cand = build(c);
        expect(scoredStart(cand).start).toBe(scoredStart(cand, true).start);
      }),
      { numRuns: 400 },
    );
  });

  it('a title stack: the same decision as the full score (--explain)', () => {
    fc.assert(
      fc.property(candidate, (c) => {
        const cand = build(c);
        expect(scoredStack(cand).start).toBe(scoredStack(cand, true).start);
      }),
      { numRuns: 400 },
    );
  });

  it('wordsBoundDecision at any threshold near the score: undecided, or the decision of the full score', () => {
    // Thresholds around the candidate's full score, so that every stage of the bound (all overlaps,
    // then without the titles', then the story above's alone) meets scores on both sides of it.
    fc.assert(
      fc.property(
        candidate,
        // Most thresholds just above the score: a bound that leaves out an overlap's room decides wrong there.
        fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -0.4, max: 0, noNaN: true })),
        fc.boolean(),
        (c, shift, stack) => {
          const cand = build(c);
          const weights = stack ? START_STACK_WEIGHTS : START_SCORER_WEIGHTS;
          const extra = stack ? [c.ruleStart ? 1 : 0, Math.log(c.group), c.group === 2 ? 1 : 0] : [];
          const full = startScore([...startFeatures(cand), ...extra], weights);
          const at = full + shift;
          const bound = wordsBoundDecision(cand, [...startFeatures(cand, false), ...extra], weights, at);
          if (bound !== undefined && Math.abs(shift) > 1e-5) expect(bound).toBe(full >= at);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("the bound's last stage (wordsAbove read): undecided, or the decision of the full score", () => {
    // The features the text below's overlap with the story above moves (belowAboveRange's b): left 0,
    // every other one as the full score has it; thresholds near the full score, as above.
    const moved = ['belowSharesAbove', 'newSubject', 'belowSharesAboveByStory', 'newSubjectBySection'].map(
      (f) => START_FEATURES.indexOf(f as (typeof START_FEATURES)[number]),
    );
    const wordsAbove = START_FEATURES.indexOf('wordsAbove');
    let decided = 0;
    fc.assert(
      fc.property(
        candidate,
        fc.oneof(
          fc.double({ min: -3, max: 3, noNaN: true }),
          fc.double({ min: -0.4, max: 0.4, noNaN: true }),
        ),
        fc.boolean(),
        (c, shift, stack) => {
          const cand = build(c);
          const weights = stack ? START_STACK_WEIGHTS : START_SCORER_WEIGHTS;
          const x = stack ? stackFeatures(cand) : startFeatures(cand);
          const full = startScore(x, weights);
          const at = full + shift;
          const known = x.map((v, i) => (moved.includes(i) ? 0 : v));
          const [low, high] = belowAboveRange(x, (i) => weights[i] ?? 0, x[wordsAbove]!);
          const bound = boundDecision(startScore(known, weights), low, high, at);
          if (bound !== undefined && Math.abs(shift) > 1e-5) {
            decided++;
            expect(bound).toBe(full >= at);
          }
        },
      ),
      { numRuns: 3000 },
    );
    // The stage decides often enough for the property to say something (about one run in twenty).
    expect(decided).toBeGreaterThan(50);
  });

  it("a stack the bound left undecided: the bound's features with the overlaps filled in are the full ones", () => {
    // scoredStack fills the overlaps into the features its bound read (the stack's own three already
    // pushed) rather than computing them all again: the same array as stackFeatures.
    fc.assert(
      fc.property(candidate, (c) => {
        const cand = build(c);
        const own = [c.ruleStart ? 1 : 0, Math.log(c.group), c.group === 2 ? 1 : 0];
        const x = [...startFeatures(cand, false), ...own];
        addWordFeatures(cand, x);
        expect(x).toEqual(stackFeatures(cand));
      }),
      { numRuns: 300 },
    );
  });

  it('the features of a stack: those of its first line in order, then its own three', () => {
    fc.assert(
      fc.property(candidate, (c) => {
        const cand = build(c);
        const own = [c.ruleStart ? 1 : 0, Math.log(c.group), c.group === 2 ? 1 : 0];
        const line = startFeatures(cand);
        expect(line).toHaveLength(START_FEATURES.length);
        expect(stackFeatures(cand)).toEqual([...line, ...own]);
      }),
      { numRuns: 200 },
    );
  });

  it('codePoints: Array.from(s).length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        expect(codePoints(t)).toBe(Array.from(t).length);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '\ud840', '\udc00', '𠀀', '中')).map((cs) => cs.join('')),
        (t) => {
          expect(codePoints(t)).toBe(Array.from(t).length);
        },
      ),
    );
  });

  it('the shape features: the expressions they replaced', () => {
    const at = (f: (typeof START_FEATURES)[number]) => START_FEATURES.indexOf(f);
    const flag = (on: boolean) => (on ? 1 : 0);
    fc.assert(
      fc.property(candidate, (c) => {
        const cand = build(c);
        const x = startFeatures(cand, false);
        const body = cand.lines[cand.at]!.body.trim();
        const n = Array.from(body).length;
        expect(x[at('lenLog')]).toBe(Math.log(n + 1));
        expect(x[at('endsBang')]).toBe(flag(/[！!]$/u.test(body)));
        expect(x[at('endsQuestion')]).toBe(flag(/[？?]$/u.test(body)));
        expect(x[at('columnTag')]).toBe(flag(COLUMN_TAG.test(body)));
        expect(x[at('closeQuoteEnd')]).toBe(flag(/[”’」』]$/u.test(body)));
        expect(x[at('comma')]).toBe(flag(/[，,]/u.test(body)));
        expect(x[at('endsHan')]).toBe(flag(/\p{Script=Han}$/u.test(body)));
        expect(x[at('textEndsHan')]).toBe(flag(cand.asText && /\p{Script=Han}$/u.test(body)));
        expect(x[at('textComma')]).toBe(flag(cand.asText && /[，,]/u.test(body)));
        const aboveBody = cand.lines[cand.at - 1]!.body.trim().slice(-40);
        expect(x[at('aboveFullStop')]).toBe(flag(/[。．.][”’」』）)]*$/u.test(aboveBody)));
        expect(x[at('aboveQuoteEnd')]).toBe(flag(/[”’」』]$/u.test(aboveBody)));
        const closingNote = /(?:记者|整理|电|摄|作者|来源|报道|编译|执笔|口述)[^（(]{0,20}[)）]$/u;
        expect(x[at('aboveClosingNote')]).toBe(flag(closingNote.test(aboveBody)));
        // The story's crossheads as first counted: an array of their texts.
        const blocks = cand.b.current?.blocks ?? [];
        const crossheads = blocks.filter((b) => b.kind === 'subhead').map((b) => b.text);
        const last = crossheads.at(-1);
        expect(x[at('storyHasCrosshead')]).toBe(flag(crossheads.length > 0));
        expect(x[at('crossheadsLog')]).toBe(Math.log(crossheads.length + 1));
        const lastEnd = last?.at(-1) ?? '';
        const end = body.at(-1) ?? '';
        const han = /\p{Script=Han}$/u;
        const sameEnd = lastEnd === end || (han.test(lastEnd) && han.test(end));
        expect(x[at('likeLastCrosshead')]).toBe(
          flag(last !== undefined && Math.abs(Array.from(last).length - n) <= 3 && sameEnd),
        );
      }),
      { numRuns: 400 },
    );
  });
});
