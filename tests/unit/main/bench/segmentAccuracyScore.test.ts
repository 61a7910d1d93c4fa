import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderIssue } from '../../../../bench/corpus/build';
import { readDays } from '../../../../bench/corpus/readCorpus';
import {
  f1,
  goldAsOutput,
  scoreFile,
  utf16OffsetOfNonws,
  type Out,
} from '../../../../bench/segmentAccuracyScore';
import { syntheticArticles } from './corpusSynthetic';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-score-'));
const corpus = join(dir, 'pd.jsonl.gz');
writeFileSync(
  corpus,
  gzipSync(
    syntheticArticles(['2019-02-12'], 4, 5)
      .map((a) => JSON.stringify(a))
      .join('\n'),
  ),
);
const day = readDays(corpus)[0]!;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(layout: string) {
  const { bytes, gold } = renderIssue(day, layout);
  const out = goldAsOutput(gold, bytes, 'x.txt', createHash('sha256').update(bytes).digest('hex'));
  return { bytes, gold, out };
}
const copy = (o: Out): Out => JSON.parse(JSON.stringify(o)) as Out;

/** The figures of one file, as the report prints them. */
function figures(s: ReturnType<typeof scoreFile>) {
  return {
    art: f1(s.art),
    para: f1(s.para),
    joins: s.joins ? f1(s.joins) : null,
    kinds: f1(s.kinds),
    titles: s.titlesOk / s.goldArticles,
    lost: s.lost + s.added + s.contract.length,
  };
}
const PERFECT = { art: 1, para: 1, joins: 1, kinds: 1, titles: 1, lost: 0 };

describe('the accuracy scorer', () => {
  it.each(['tongzhou', 'indent', 'blank', 'line', 'wrap', 'runon', 'column', 'plaincolumn'])(
    'scores the gold against itself as perfect (%s layout)',
    (layout) => {
      const { bytes, gold, out } = fixture(layout);
      expect(figures(scoreFile('f', bytes, gold, out))).toEqual(PERFECT);
    },
  );

  it('a dropped repair lowers join F1 only', () => {
    const { bytes, gold, out } = fixture('tongzhou');
    const o = copy(out);
    const a = o.articles.find((x) => x.repairs?.length)!;
    a.repairs!.pop();
    const f = figures(scoreFile('f', bytes, gold, o));
    expect(f.joins).toBeLessThan(1);
    expect({ ...f, joins: 1 }).toEqual(PERFECT);
  });

  it('a repair listed at a printed line wrap counts neither way', () => {
    const { bytes, gold, out } = fixture('wrap');
    const o = copy(out);
    const wrap = gold.joins!.find((j) => j.why === 'wrap')!;
    const text = gold.articles[wrap.article]!.paragraphs[wrap.paragraph]!.text;
    const offset = utf16OffsetOfNonws(text, wrap.at);
    o.articles[wrap.article]!.repairs!.push({
      blockIndex: wrap.paragraph,
      offset,
      reason: 'printed line wrap',
    });
    expect(figures(scoreFile('f', bytes, gold, o))).toEqual(PERFECT);
  });

  it('a crosshead labelled a paragraph lowers kinds F1 only', () => {
    const { bytes, gold, out } = fixture('indent');
    const o = copy(out);
    const b = o.articles.flatMap((a) => a.blocks).find((x) => x.kind === 'subhead')!;
    b.kind = 'paragraph';
    const f = figures(scoreFile('f', bytes, gold, o));
    expect(f.kinds).toBeLessThan(1);
    expect({ ...f, kinds: 1 }).toEqual(PERFECT);
  });

  it('a kicker taken for the headline lowers title accuracy only', () => {
    const { bytes, gold, out } = fixture('blank');
    const o = copy(out);
    const a = o.articles.find((x) => x.kicker && x.headline)!;
    a.subheadlines = [a.headline!, ...a.subheadlines];
    a.headline = a.kicker;
    a.kicker = null;
    const f = figures(scoreFile('f', bytes, gold, o));
    expect(f.titles).toBeLessThan(1);
    expect({ ...f, titles: 1 }).toEqual(PERFECT);
  });

  it('two articles merged into one lower article F1 (and the titles of the lost one)', () => {
    const { bytes, gold, out } = fixture('line');
    const o = copy(out);
    const [first, second] = [o.articles[0]!, o.articles[1]!];
    // the second article's titles become blocks of the first: no text moves, one start disappears
    first.blocks.push(
      ...[second.kicker, second.headline, ...second.subheadlines]
        .filter((t): t is string => !!t)
        .map((text) => ({ kind: 'subhead', text })),
      ...second.blocks,
    );
    o.articles.splice(1, 1);
    const s = scoreFile('f', bytes, gold, o);
    expect(s.art).toEqual({ tp: gold.articles.length - 1, fp: 0, fn: 1 });
    expect(s.titlesOk).toBe(gold.articles.length - 1);
    expect(s.lost + s.added + s.contract.length).toBe(0);
  });

  it('counts characters an engine drops as lost', () => {
    const { bytes, gold, out } = fixture('runon');
    const o = copy(out);
    const b = o.articles[2]!.blocks[1]!;
    // three characters of a long paragraph, none of them whitespace
    expect(b.text.slice(20, 23)).toMatch(/^\S{3}$/u);
    b.text = b.text.slice(0, 20) + b.text.slice(23);
    const s = scoreFile('f', bytes, gold, o);
    expect(s.lost).toBe(3);
    expect(s.contract.length).toBeGreaterThan(0);
  });
});
