import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../../../../preload/api';
import { segmentText } from '../../../../main/segment/segmentText';
import type { GoldArticle } from './support/gold';
import { LAYOUTS, renderIssue } from './support/render';

const nonws = (s: string | null) => (s ?? '').replace(/\s/gu, '');

/** Non-whitespace text of the output in order; furniture is checked apart (it may follow the paragraph it cut). */
function outputText(preamble: { kind: string; text: string }[], articles: SegmentedArticle[]) {
  const furniture: string[] = [];
  const parts: string[] = [];
  // Furniture keeps its line breaks: a raw OCR masthead is one block of several input lines.
  const take = (b: { kind: string; text: string }) =>
    b.kind === 'furniture' ? furniture.push(b.text) : parts.push(nonws(b.text));
  preamble.forEach(take);
  for (const a of articles) {
    parts.push(nonws(a.kicker), nonws(a.headline), ...a.subheadlines.map(nonws));
    a.blocks.forEach(take);
  }
  return { text: parts.join(''), furniture };
}

/**
 * The input without the furniture: the segmenter only ever drops whole lines as furniture, so each
 * furniture block takes out the input lines (one, or a run of consecutive ones) with exactly its
 * text (not the first place its characters occur, which for a page number such as `2` could be
 * inside a figure of the body). A block carries no line number, and its text may stand on more
 * than one run (`ABC` as a title and again as the last line, the last one made furniture): every
 * choice of runs, no line taken twice, is tried, and the one that leaves `want` wins; with none,
 * the first-place choice is returned, for the failure message. Taking the first place only made
 * `ABC\n-\n\nABC\n\nABC` read as lost text when the last `ABC` was the furniture.
 */
function withoutFurniture(text: string, furniture: string[], want: string): string {
  const lines = text.split('\n').map(nonws);
  const runs = furniture.map((f) => f.split('\n').map(nonws));
  const taken = lines.map(() => false);
  let first: string | null = null;
  let leaves = 0;
  const fits = (run: string[], at: number) =>
    run.every((r, k) => at + k < lines.length && !taken[at + k] && lines[at + k] === r);
  const choose = (j: number): boolean => {
    if (j === runs.length) {
      const left = lines.filter((_, i) => !taken[i]).join('');
      first ??= left;
      leaves++;
      return left === want;
    }
    const run = runs[j]!;
    const places = lines.map((_, i) => i).filter((i) => fits(run, i));
    // A block found nowhere takes out nothing (the comparison then fails).
    if (places.length === 0) return choose(j + 1);
    for (const at of places) {
      if (leaves > 10_000) return false;
      taken.fill(true, at, at + run.length);
      const found = choose(j + 1);
      taken.fill(false, at, at + run.length);
      if (found) return true;
    }
    return false;
  };
  return choose(0) ? want : (first ?? lines.join(''));
}

/** The whole invariant: everything the segmenter returned, furniture taken out of the input, equals the input. */
function expectNothingLost(text: string): void {
  const { preamble, articles } = segmentText(text);
  const got = outputText(preamble, articles);
  expect(got.text).toBe(withoutFurniture(text, got.furniture, got.text));
}

const zhSentence = fc
  .array(fc.constantFrom(...'通州区召开会议推动产业发展居民生活改善城市建设工作方面'), {
    minLength: 3,
    maxLength: 30,
  })
  .map((cs) => `${cs.join('')}${fc.sample(fc.constantFrom('。', '，', '！', '？', '；'), 1)[0] ?? '。'}`);
const enSentence = fc
  .array(
    fc.constantFrom('the', 'council', 'voted', 'Tuesday', 'plan', 'city', 'budget', 'miss-', 'schools'),
    { minLength: 3, maxLength: 14 },
  )
  .map((ws) => `${ws.join(' ')}.`);
const paragraph = fc.oneof(
  fc.array(zhSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join('').replace(/[，；]$/u, '。')),
  fc.array(enSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
);
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((text) => ({ kind: 'paragraph' as const, text })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('本报记者 曲经纬', '(完)', '核心阅读', '记者 唐建/摄', 'PAGE 2')
      .map((text) => ({ kind: 'credit' as const, text })),
  },
);
const article: fc.Arbitrary<GoldArticle> = fc.record({
  kicker: fc.option(fc.constantFrom('杨庄街道', 'Science'), { nil: null }),
  headline: fc.option(
    fc.constantFrom('居民自编自演奏响新年音乐会', 'Council Approves Budget', 'STORM DAMAGES CROPS'),
    { nil: null },
  ),
  subheadlines: fc.array(fc.constantFrom('胡雪峰参加', 'Spending Rises'), { maxLength: 2 }),
  byline: fc.constant(null),
  blocks: fc.array(block, { minLength: 1, maxLength: 6 }),
});

describe('no text is lost or invented', () => {
  it('holds when the furniture line has a twin earlier in the file (a longer property run drew it)', () => {
    // The last `ABC` is the furniture; the first is the headline.
    expectNothingLost('ABC\n-\n\nABC\n\nABC');
  });

  it('holds for generated issues in every layout with random artifact breaks and furniture', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...LAYOUTS),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (articles, layout, seed, breaks) => {
          const text = renderIssue(articles, layout, { seed, breaks, furniture: true });
          const { preamble, articles: out } = segmentText(text);
          const got = outputText(preamble, out);
          expect(got.text).toBe(withoutFurniture(text, got.furniture, got.text));
          for (const a of out) {
            for (const r of a.repairs) {
              const len = a.blocks[r.blockIndex]?.text.length ?? 0;
              expect(r.offset).toBeGreaterThan(0);
              expect(r.offset).toBeLessThan(len);
            }
            for (const b of a.blocks) expect(nonws(b.text)).not.toBe('');
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('holds for arbitrary text, blank lines, indents and line noise', () => {
    const noise = fc.array(
      fc.constantFrom(
        '\n',
        '\n\n',
        '\u3000\u3000',
        ' ',
        '本报讯(记者 甲)',
        '\n第4版\n',
        '。',
        'By JOHN',
        'ABC',
        'x',
        '-',
      ),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(noise, (parts) => {
        const text = parts.join('');
        const { preamble, articles } = segmentText(text);
        const got = outputText(preamble, articles);
        expect(got.text).toBe(withoutFurniture(text, got.furniture, got.text));
      }),
      { numRuns: 500 },
    );
  });

  it('holds for random lines mixing CJK, Latin, punctuation, blank lines, indents and furniture-like lines', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'通州区召开会议一是二摄图文编辑'), maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...'abcXYZ -.'), maxLength: 12 }),
      fc.constantFrom('。', '，', '；', '：', '——', '“', '”', '（一）', '(2:30 p. m.)', '!', '?', '-'),
    );
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('')) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '第4版',
          '本版责编：王五',
          '责任编辑：李四',
          '李华摄影报道',
          '图/文 李华',
          '本版制图：张丽',
          '核心阅读',
          '（本系列评论到此结束）',
          'PAGE 2',
          '2 THE DAILY HERALD, MONDAY, JUNE 3, 1916.',
          'LOWELL, Mass., June 3 (2:30 p. m.)',
          '本报讯（记者 王明）',
          '速览',
          '第一章　总则',
        ),
      },
    );
    const indent = fc.constantFrom('', '', '\u3000\u3000', '    ', '\t');
    const row = fc.tuple(indent, line, fc.constantFrom('\n', '\n', '\n\n', '\n\n\n', '\r\n'));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        // CRLF is decoded to LF before segmenting (decode/), so the segmenter sees LF only.
        expectNothingLost(
          rows
            .map(([i, l, end]) => `${i}${l}${end}`)
            .join('')
            .replace(/\r\n/gu, '\n'),
        );
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * The corpus half: real text rendered into issue dumps, and raw OCR pages, read in place from
 * ../shared (never copied into the project). Skipped with one printed line when ../shared is absent.
 */
const SHARED = fileURLToPath(new URL('../../../../../shared/', import.meta.url));
const CORPUS = `${SHARED}corpus/pd-articles.jsonl.gz`;
const OCR = `${SHARED}fixtures/ocr-en/`;

describe.runIf(existsSync(SHARED))('no text is lost on the shared corpus and raw OCR pages', () => {
  it('holds for every raw OCR page', () => {
    const pages = readdirSync(OCR).filter((f) => f.endsWith('.txt'));
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) expectNothingLost(readFileSync(`${OCR}${f}`, 'utf8').replace(/\r\n?/gu, '\n'));
  });

  it('holds for People’s Daily pages rendered in every layout', () => {
    if (!existsSync(CORPUS)) return;
    const rows = gunzipSync(readFileSync(CORPUS)).toString('utf8').trim().split('\n');
    const pages = new Map<string, GoldArticle[]>();
    // Every 7th page of the corpus keeps the test quick while covering all kinds of pages.
    for (const row of rows) {
      const a = JSON.parse(row) as {
        date: string;
        page: number;
        kicker: string;
        headline: string;
        deck: string;
        paragraphs: string[];
      };
      const key = `${a.date}/${a.page}`;
      if (a.page % 7 !== 0) continue;
      const list = pages.get(key) ?? [];
      list.push({
        kicker: a.kicker || null,
        headline: a.headline || null,
        subheadlines: a.deck ? [a.deck] : [],
        byline: null,
        blocks: a.paragraphs
          .map((p) => ({ kind: 'paragraph' as const, text: p.trim() }))
          .filter((b) => b.text),
      });
      pages.set(key, list);
    }
    let n = 0;
    for (const articles of pages.values()) {
      const layout = LAYOUTS[n % LAYOUTS.length] ?? 'blank';
      expectNothingLost(renderIssue(articles, layout, { seed: n + 1, breaks: 0.2, furniture: true }));
      n++;
    }
    expect(n).toBeGreaterThan(0);
  });
});

if (!existsSync(SHARED)) console.log('noTextLost: ../shared is absent, the corpus half is skipped');
