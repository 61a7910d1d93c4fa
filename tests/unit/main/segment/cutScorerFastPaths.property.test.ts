import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, type Line } from '../../../../main/segment/lines';
import { CUT_FEATURES, cutFeatures, decideCut } from '../../../../main/segment/rules/joins/cutModel';
import { CUT_MODEL_WEIGHTS } from '../../../../main/segment/rules/joins/cutModelWeights';
import { CutStats } from '../../../../main/segment/rules/joins/cutStats';
import { mayAskCut } from '../../../../main/segment/rules/joins/joinRule';
import {
  CUT_BALANCED_CLAUSES_SHARE,
  CUT_LEAD_IN_MAX_CHARS,
  CUT_VERSE_MAX_CHARS,
} from '../../../../main/segment/thresholds';
import { endsSentence } from '../../../../main/segment/text';

/**
 * The join scorer reads its features by character tables and counts pairs in a typed-array table
 * (rules/joins/cutModel.ts, cutStats.ts) for speed. These properties hold them to the plain
 * definitions they replaced: the regular expressions of each feature, a Map of pair counts and a
 * stable sort for the evidence. Random texts over the characters the features look at.
 */
const CHARS = [...'的在了是湾里人民。！？!?，,、；;：:“"「『”"」』’‘《》（）()【】0９%％ab　 \u00a0'];
/** Many more characters than line ends: most of a line's characters are at no break. */
const WIDE = [
  ...'一二三四五六七八九十百千万人民国家政府经济社会发展工作建设中心市区县镇村的在了是和与对将把被。，、；：！？“”（）　 ',
];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
const nonBlank = text.filter((s) => s.trim().length > 0);

/** The features as first written: one regular expression (or split) each. */
function referenceFeatures(prev: Line, line: Line, tail: string, paragraphLength: number, stats: CutStats) {
  const a = tail.length ? tail.charCodeAt(tail.length - 1) : 0;
  const b = line.body.charCodeAt(0);
  const pairs = stats.pairCount(a, b);
  const body = prev.body;
  const clauses = body.split(/[，,、；;：:。！？!?]/u);
  const logit = (p: number) => Math.log(p / (1 - p));
  return [
    1,
    pairs > 0 ? 1 : 0,
    Math.log(pairs + 1),
    stats.pairPmi(a, b),
    logit(stats.endRate(a)),
    logit(stats.startRate(b)),
    Math.log(body.length + 1),
    body.length <= 30 ? 1 : 0,
    Math.log((clauses[clauses.length - 1] ?? '').length + 1),
    paragraphLength <= body.length ? 1 : 0,
    /[。！？!?]/u.test(body.slice(0, -1)) ? 1 : 0,
    /^[“"「『]/u.test(body) && /[”"」』]$/u.test(tail) ? 1 : 0,
    /[”"」』’]$/u.test(tail) ? 1 : 0,
    /^[“"「『]/u.test(line.body) ? 1 : 0,
    endsSentence(line.body) ? 1 : 0,
    Math.log(line.body.length + 1),
    /[0-9０-９%％]$/u.test(tail) ? 1 : 0,
    count(body, /[“‘《（(「『〈【]/gu) > count(body, /[”’》）)」』〉】]/gu) ? 1 : 0,
  ];
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** The last two clauses as first written: split on clause marks and spaces. */
function referenceBalanced(body: string): boolean {
  const clauses = body.split(/[，,、；;：:。！？!?\s\u3000]+/u).filter(Boolean);
  if (clauses.length < 2) return false;
  const a = clauses[clauses.length - 2]!.length;
  const b = clauses[clauses.length - 1]!.length;
  return Math.min(a, b) >= 3 && Math.min(a, b) / Math.max(a, b) >= CUT_BALANCED_CLAUSES_SHARE;
}

/** cutModel.ts's lead-in words (the pattern itself; the test holds the comma search to its definition). */
const LEAD_IN_WORDS =
  /^(?:[0-9０-９]{1,4}[年月日]|今年|去年|明年|近日|日前|目前|近年来|近年|近期|此前|之前|此外|同时|其中|据悉|据了解|据介绍|据报道|如今|当前|眼下|随后|然而|但是|不过|因此|另外|与此同时|记者|当天|当日|次日|昨天|今天|上午|下午|晚上|凌晨)/u;

/** The verse couplet as first written: both lines without spaces. */
function referenceVerse(body: string, next: string): boolean {
  const spaces = /[\s\u3000\u00a0]/gu;
  const a = body.replace(spaces, '');
  const b = next.replace(spaces, '').replace(/[。！？!?…”’」』]+$/u, '');
  return /[，,、]$/u.test(a) && a.length <= CUT_VERSE_MAX_CHARS && Math.abs(a.length - b.length) <= 1;
}

/** Pair counts by the first definition: a Map of the break pairs, counted where they stand together. */
function referencePairs(lines: Line[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const key = (a: number, b: number) => a * 0x10000 + b;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!.body;
    pairs.set(key(prev.charCodeAt(prev.length - 1), lines[i]!.body.charCodeAt(0)), 0);
  }
  const marks = '，,、；;：:。！？!?）)”’」』…—';
  for (const l of lines) {
    const s = l.body.replace(/[ \u3000]/gu, '');
    for (let i = 1; i < s.length; i++) {
      const k = key(s.charCodeAt(i - 1), s.charCodeAt(i));
      const n = pairs.get(k);
      if (n !== undefined && !marks.includes(s[i]!)) pairs.set(k, n + 1);
    }
  }
  return pairs;
}

/**
 * A character's rates by their first definition: its occurrences (spaces skipped), those before a
 * clause mark and those after one or at a line's start, over every line.
 */
function referenceRates(lines: Line[], c: string) {
  const marks = '，,、；;：:。！？!?）)”’」』…—';
  let total = 0;
  let ends = 0;
  let starts = 0;
  for (const l of lines) {
    const s = [...l.body.replace(/[ \u3000]/gu, '')];
    s.forEach((ch, i) => {
      if (ch !== c) return;
      total++;
      if (i === 0 || marks.includes(s[i - 1]!)) starts++;
      if (i + 1 < s.length && marks.includes(s[i + 1]!)) ends++;
    });
  }
  return { end: (ends + 0.5) / (total + 2), start: (starts + 0.5) / (total + 2), total };
}

/** The tail-word rate by its first definition: Maps keyed by the two characters a line ends on. */
function referenceTailRate(lines: Line[], tail: string): number {
  const marks = '，,、；;：:。！？!?）)”’」』…—';
  const lastTwo = (s: string) => [...s.replace(/[ \u3000]/gu, '')].slice(-2).join('');
  const total = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const l of lines) {
    const key = lastTwo(l.body);
    if (key.length !== 2) continue;
    total.set(key, 0);
    ends.set(key, 0);
  }
  for (const l of lines) {
    const s = l.body.replace(/[ \u3000]/gu, '');
    for (let i = 1; i < s.length; i++) {
      const key = s.slice(i - 1, i + 1);
      const n = total.get(key);
      if (n === undefined || marks.includes(s[i - 1]!) || marks.includes(s[i]!)) continue;
      total.set(key, n + 1);
      if (i + 1 < s.length && marks.includes(s[i + 1]!)) ends.set(key, ends.get(key)! + 1);
    }
  }
  const key = lastTwo(tail);
  return ((ends.get(key) ?? 0) + 0.5) / ((total.get(key) ?? 0) + 2);
}

describe('join scorer fast paths', () => {
  it('counts the two characters a line ends on as Maps would', () => {
    fc.assert(
      fc.property(fc.array(nonBlank, { minLength: 2, maxLength: 30 }), nonBlank, (bodies, extra) => {
        const lines = splitLines(bodies.join('\n'));
        const stats = new CutStats(lines);
        for (const tail of [...lines.map((l) => l.body), extra])
          expect(stats.tailEndRate(tail)).toBeCloseTo(referenceTailRate(lines, tail), 12);
      }),
    );
  });

  it('counts tails, rates and pairs as the first definitions over a wide alphabet, most characters at no break', () => {
    // Few characters stand at a line's end or start here, so the counting loop takes its skip for
    // most of them (cutStats.ts countLine): the counts must be those of every character read.
    // A few words end many lines and stand inside others, before characters that end or start none.
    const piece = fc.oneof(
      fc.constantFrom(...WIDE),
      fc.constantFrom('发展', '工作', '人民', '建设。', '国家，'),
    );
    const wide = fc
      .array(piece, { minLength: 1, maxLength: 40 })
      .map((cs) => cs.join(''))
      .filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(fc.array(wide, { minLength: 2, maxLength: 12 }), (bodies) => {
        const text = bodies.join('\n');
        const lines = splitLines(text);
        fc.pre(lines.length >= 2);
        for (const stats of [new CutStats(lines), new CutStats(lines, text)]) {
          for (const l of lines)
            expect(stats.tailEndRate(l.body)).toBeCloseTo(referenceTailRate(lines, l.body), 12);
          for (const [key, n] of referencePairs(lines))
            expect(stats.pairCount(Math.floor(key / 0x10000), key % 0x10000)).toBe(n);
          for (let i = 1; i < lines.length; i++) {
            const a = lines[i - 1]!.body.at(-1)!;
            const b = lines[i]!.body[0]!;
            expect(stats.endRate(a.charCodeAt(0))).toBeCloseTo(referenceRates(lines, a).end, 12);
            expect(stats.startRate(b.charCodeAt(0))).toBeCloseTo(referenceRates(lines, b).start, 12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers as the full count when it counts only the breaks after the lines it is told can be asked about', () => {
    // The pass counts only the ends of lines a break can be asked about (joinRule.ts mayAskCut); a
    // question about any other break must still get the full count's answer. Asked first about the
    // breaks after accepted lines (the counts kept), then about all of them (the recount), in random
    // order, with the pass's predicate and with a random one.
    const piece = fc.oneof(
      fc.constantFrom(...WIDE),
      fc.constantFrom('发展', '工作', '人民', '建设。', '国家，', '。”', '说”'),
    );
    const wide = fc
      .array(piece, { minLength: 1, maxLength: 30 })
      .map((cs) => cs.join(''))
      .filter((s) => s.trim().length > 0);
    const predicate = fc.oneof(
      fc.constant(mayAskCut),
      fc.func(fc.boolean()).map((f) => (body: string) => f(body)),
    );
    fc.assert(
      fc.property(
        fc.array(wide, { minLength: 2, maxLength: 12 }),
        predicate,
        fc.boolean(),
        (bodies, asked, useText) => {
          const text = bodies.join('\n');
          const lines = splitLines(text);
          fc.pre(lines.length >= 2);
          const full = new CutStats(lines, text);
          const stats = new CutStats(lines, useText ? text : undefined, asked);
          expect(stats.chars).toBe(full.chars);
          const breaks = lines.slice(1).map((line, k) => ({ tail: lines[k]!.body, line: line.body }));
          const keptFirst = [...breaks.filter((x) => asked(x.tail)), ...breaks];
          for (const { tail, line } of keptFirst) {
            const a = tail.charCodeAt(tail.length - 1);
            const b = line.charCodeAt(0);
            expect(stats.pairCount(a, b)).toBe(full.pairCount(a, b));
            expect(stats.pairPmi(a, b)).toBe(full.pairPmi(a, b));
            expect(stats.endRate(a)).toBe(full.endRate(a));
            expect(stats.startRate(b)).toBe(full.startRate(b));
            expect(stats.tailEndRate(tail)).toBe(full.tailEndRate(tail));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('computes every feature as its regular expression does', () => {
    fc.assert(
      fc.property(
        fc.array(nonBlank, { minLength: 2, maxLength: 12 }),
        fc.nat(80),
        (bodies, paragraphLength) => {
          const lines = splitLines(bodies.join('\n'));
          fc.pre(lines.length >= 2);
          const stats = new CutStats(lines);
          for (let i = 1; i < lines.length; i++) {
            const prev = lines[i - 1]!;
            const line = lines[i]!;
            for (const tail of [prev.body, `${prev.body.slice(1)}`]) {
              const input = { prev, line, tail, paragraphLength, stats };
              // The features after these were written without regular expressions in the first place.
              const reference = referenceFeatures(prev, line, tail, paragraphLength, stats);
              const features = cutFeatures(input);
              expect(features.slice(0, reference.length)).toEqual(reference);
              expect(features[CUT_FEATURES.indexOf('balancedClauses')]).toBe(
                referenceBalanced(prev.body) ? 1 : 0,
              );
              expect(features[CUT_FEATURES.indexOf('verseCouplet')]).toBe(
                referenceVerse(prev.body, line.body) ? 1 : 0,
              );
            }
          }
        },
      ),
    );
  });

  it('reads verse couplets near the length limit as the first definition does', () => {
    const word = (n: number) =>
      fc.array(fc.constantFrom(...'的在人民ab的在人民ab　'), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        fc
          .integer({ min: CUT_VERSE_MAX_CHARS - 3, max: CUT_VERSE_MAX_CHARS + 2 })
          .chain((n) => fc.tuple(word(n), word(n), fc.constantFrom('，', '、', '。', ''))),
        ([a, b, end]) => {
          const lines = splitLines(`${a.join('')}${end}\n${b.join('')}。`);
          fc.pre(lines.length === 2);
          const input = { prev: lines[0]!, line: lines[1]!, tail: lines[0]!.body, paragraphLength: 10 };
          const features = cutFeatures({ ...input, stats: new CutStats(lines) });
          expect(features[CUT_FEATURES.indexOf('verseCouplet')]).toBe(
            referenceVerse(input.prev.body, input.line.body) ? 1 : 0,
          );
        },
      ),
    );
  });

  it('counts the pairs of every break as a Map would', () => {
    fc.assert(
      fc.property(fc.array(nonBlank, { minLength: 2, maxLength: 30 }), (bodies) => {
        const lines = splitLines(bodies.join('\n'));
        const stats = new CutStats(lines);
        for (const [key, n] of referencePairs(lines))
          expect(stats.pairCount(Math.floor(key / 0x10000), key % 0x10000)).toBe(n);
        // A pair that meets at no break reads 0.
        expect(stats.pairCount(0x4e00, 0x4e01)).toBe(0);
      }),
    );
  });

  it('decides each break of an issue in turn as from its own fresh features', () => {
    // decideCut fills one feature array for every break: no break may read another's values.
    fc.assert(
      fc.property(fc.array(nonBlank, { minLength: 3, maxLength: 12 }), (bodies) => {
        const lines = splitLines(bodies.join('\n'));
        fc.pre(lines.length >= 3);
        const stats = new CutStats(lines);
        for (let i = 1; i < lines.length; i++) {
          const input = {
            prev: lines[i - 1]!,
            line: lines[i]!,
            tail: lines[i - 1]!.body,
            paragraphLength: i,
            stats,
          };
          const decided = decideCut(input);
          const x = cutFeatures(input);
          if (decided.evidence.startsWith('p(cut)')) {
            let z = 0;
            x.forEach((v, k) => (z += (CUT_MODEL_WEIGHTS[k] ?? 0) * v));
            expect(decided.probability).toBe(1 / (1 + Math.exp(-z)));
          } else expect(x[CUT_FEATURES.indexOf('openQuoteOrBracket')]).toBe(1);
        }
      }),
    );
  });

  it('names the two weightiest features as a stable sort picks them', () => {
    fc.assert(
      fc.property(fc.array(nonBlank, { minLength: 2, maxLength: 8 }), (bodies) => {
        const lines = splitLines(bodies.join('\n'));
        fc.pre(lines.length >= 2);
        const stats = new CutStats(lines);
        const input = { prev: lines[0]!, line: lines[1]!, tail: lines[0]!.body, paragraphLength: 10, stats };
        const { join, evidence, probability } = decideCut(input);
        // A quotation left open above and closed below is decided before the weights (no evidence to rank).
        fc.pre(evidence.startsWith('p(cut)'));
        const toward = join ? 1 : -1;
        const parts = cutFeatures(input)
          .map((v, i) => ({ name: CUT_FEATURES[i]!, w: (CUT_MODEL_WEIGHTS[i] ?? 0) * v }))
          .filter((f) => f.name !== 'bias')
          .sort((m, n) => toward * (n.w - m.w))
          .slice(0, 2)
          .map((f) => `${f.name} ${f.w >= 0 ? '+' : ''}${f.w.toFixed(1)}`);
        expect(evidence).toBe(`p(cut) ${probability.toFixed(2)}: ${parts.join(', ')}`);
      }),
    );
  });

  it('gives every character its full counts, those at a break or any other', () => {
    fc.assert(
      fc.property(fc.array(nonBlank, { minLength: 2, maxLength: 30 }), (bodies) => {
        const lines = splitLines(bodies.join('\n'));
        fc.pre(lines.length >= 2);
        const chars = lines.reduce((n, l) => n + l.body.replace(/[ \u3000]/gu, '').length, 0);
        const stats = new CutStats(lines);
        // The characters at the breaks first (counted by the constructor), then every other one
        // (which counts them all), then the first again.
        const asked = lines.flatMap((l, i) => [l.body[0]!, i > 0 ? lines[i - 1]!.body.at(-1)! : l.body[0]!]);
        for (const c of [...asked, ...CHARS, ...asked]) {
          const r = referenceRates(lines, c);
          const code = c.charCodeAt(0);
          expect(stats.endRate(code)).toBeCloseTo(r.end, 12);
          expect(stats.startRate(code)).toBeCloseTo(r.start, 12);
          const pmi = Math.log(
            ((stats.pairCount(code, code) + 0.5) * (chars + 1)) / ((r.total + 1) * (r.total + 1)),
          );
          expect(stats.pairPmi(code, code)).toBeCloseTo(pmi, 12);
        }
      }),
    );
  });

  it('reads the lead-in and the function-word end as their regular expressions do', () => {
    // Lead-in words and commas near CUT_LEAD_IN_MAX_CHARS, function words and other line ends.
    const piece = fc.constantFrom(
      '据悉',
      '今年',
      '3月',
      '的',
      '在',
      '所',
      '人',
      '民',
      '，',
      ',',
      '。',
      ' ',
      'a',
    );
    const body = fc
      .array(piece, { minLength: 1, maxLength: CUT_LEAD_IN_MAX_CHARS + 6 })
      .map((ps) => ps.join(''))
      .filter((t) => t.trim().length > 0);
    fc.assert(
      fc.property(body, body, (a, b) => {
        const lines = splitLines(`${a}\n${b}`);
        fc.pre(lines.length === 2);
        const prev = lines[0]!;
        const input = {
          prev,
          line: lines[1]!,
          tail: prev.body,
          paragraphLength: 10,
          stats: new CutStats(lines),
        };
        const features = cutFeatures(input);
        const comma = prev.body.search(/[，,]/u);
        const leadIn = comma > 0 && comma <= CUT_LEAD_IN_MAX_CHARS && LEAD_IN_WORDS.test(prev.body);
        expect(features[CUT_FEATURES.indexOf('leadInOpener')]).toBe(leadIn ? 1 : 0);
        const functionEnd =
          /[的了在和与对将把被及或并从向为以于给让使等着过是有这那其之而且也都就还又很更最所]$/u;
        expect(features[CUT_FEATURES.indexOf('functionWordEnd')]).toBe(functionEnd.test(prev.body) ? 1 : 0);
      }),
    );
  });

  it('counts the same reading the lines in the text they were split from', () => {
    const indent = fc.constantFrom('', '  ', '\t', '\u3000', ' \u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(indent, nonBlank, indent), { minLength: 2, maxLength: 20 }), (rows) => {
        const text = rows.map(([a, body, z]) => `${a}${body}${z}`).join('\n\n');
        const lines = splitLines(text);
        fc.pre(lines.length >= 2);
        const bodies = new CutStats(lines);
        const inText = new CutStats(lines, text);
        expect(inText.chars).toBe(bodies.chars);
        // The characters at the breaks only: the constructor's counts (any other character is
        // counted from the bodies by both, on first ask).
        for (let i = 1; i < lines.length; i++) {
          const a = lines[i - 1]!.body.charCodeAt(lines[i - 1]!.body.length - 1);
          const b = lines[i]!.body.charCodeAt(0);
          expect(inText.endRate(a)).toBe(bodies.endRate(a));
          expect(inText.startRate(b)).toBe(bodies.startRate(b));
          expect(inText.pairPmi(a, b)).toBe(bodies.pairPmi(a, b));
        }
        for (const l of lines) expect(inText.tailEndRate(l.body)).toBe(bodies.tailEndRate(l.body));
      }),
    );
  });
});
