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
  const take = (b: { kind: string; text: string }) =>
    (b.kind === 'furniture' ? furniture : parts).push(nonws(b.text));
  preamble.forEach(take);
  for (const a of articles) {
    parts.push(nonws(a.kicker), nonws(a.headline), ...a.subheadlines.map(nonws));
    a.blocks.forEach(take);
  }
  return { text: parts.join(''), furniture };
}

function withoutFurniture(text: string, furniture: string[]): string {
  let rest = nonws(text);
  for (const f of furniture) {
    const at = rest.indexOf(f);
    if (at >= 0) rest = rest.slice(0, at) + rest.slice(at + f.length);
  }
  return rest;
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
          expect(got.text).toBe(withoutFurniture(text, got.furniture));
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

  it('holds for arbitrary text, blank lines, indents and line noise (furniture only on lines of its own: the checker finds furniture by its first occurrence)', () => {
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
        expect(got.text).toBe(withoutFurniture(text, got.furniture));
      }),
      { numRuns: 500 },
    );
  });
});
