import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeAs, nonws } from '../../../../bench/checkNoTextLost';
import { buildCorpus, isBuilt, type Manifest } from '../../../../bench/corpus/build';
import type { Gold } from '../../../../bench/corpus/goldFormat';
import { LAYOUTS } from '../../../../bench/corpus/layouts';
import { SPLIT_NAMES, SPLITS, splitOf } from '../../../../bench/corpus/splits';
import { syntheticArticles } from './corpusSynthetic';

const DATES = [
  '2019-02-11',
  '2019-02-12',
  '2019-02-13',
  '2020-02-03',
  '2020-02-25',
  '2020-05-12',
  '2021-01-01',
];
const dir = mkdtempSync(join(tmpdir(), 'copydesk-corpus-'));
const corpus = join(dir, 'pd.jsonl.gz');
const out = join(dir, 'out');
const articles = syntheticArticles(DATES);
writeFileSync(corpus, gzipSync(articles.map((a) => JSON.stringify(a)).join('\n') + '\n'));
const manifest: Manifest = buildCorpus(corpus, out);
const golds = manifest.files.map((f) => ({
  ...f,
  gold: JSON.parse(readFileSync(join(out, `${f.name}.gold.json`), 'utf8')) as Gold,
  bytes: readFileSync(join(out, `${f.name}.txt`)),
}));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The gold's non-whitespace characters in file order: furniture sits between articles, at page ends. */
function goldText(g: Gold): string {
  return [
    ...g.preamble,
    ...g.articles.flatMap((a) => [
      a.kicker ?? '',
      a.headline ?? '',
      ...a.subheadlines,
      ...a.paragraphs.map((p) => p.text),
    ]),
    ...g.furniture,
  ]
    .map(nonws)
    .join('');
}
const sorted = (s: string) => Array.from(s).sort().join('');

describe('corpus builder', () => {
  it('renders every day of a split in every layout and marks the build finished', () => {
    const days = DATES.filter((d) => splitOf(d));
    expect(manifest.files).toHaveLength(days.length * LAYOUTS.length);
    expect(isBuilt(corpus, out)).toBe(true);
    expect(manifest.files.some((f) => f.date === '2021-01-01')).toBe(false);
  });

  it("holds in each gold exactly the file's non-whitespace characters", () => {
    for (const { gold, bytes, name } of golds) {
      const file = nonws(decodeAs(bytes, gold.encoding) ?? '');
      // furniture lines interleave with articles, so compare as multisets, then check the articles' order
      expect(sorted(goldText(gold)), name).toBe(sorted(file));
      let from = 0;
      for (const a of gold.articles) {
        const at = file.indexOf(nonws(a.headline ?? ''), from);
        expect(at, `${name}: ${a.headline}`).toBeGreaterThanOrEqual(from);
        from = at;
      }
    }
  });

  it('puts every article in at least three layouts', () => {
    for (const a of articles.filter((x) => splitOf(x.date))) {
      const layouts = golds.filter((g) => g.gold.articles.some((b) => b.headline === a.headline));
      expect(new Set(layouts.map((g) => g.layout)).size, a.headline).toBeGreaterThanOrEqual(3);
    }
  });

  it('records artifact breaks at mid-sentence positions inside their paragraph', () => {
    const joins = golds.flatMap((g) => (g.gold.joins ?? []).map((j) => ({ j, g: g.gold })));
    expect(joins.some(({ j }) => j.why === 'artifact')).toBe(true);
    expect(joins.some(({ j }) => j.why === 'wrap')).toBe(true);
    for (const { j, g } of joins) {
      const text = Array.from(nonws(g.articles[j.article]!.paragraphs[j.paragraph]!.text));
      expect(j.at).toBeGreaterThan(0);
      expect(j.at).toBeLessThan(text.length);
      if (j.why === 'artifact') expect(text[j.at - 1]).not.toMatch(/[。！？；]/u);
    }
  });

  it('writes encodings, line ends and furniture as declared', () => {
    expect(new Set(golds.map((g) => g.gold.encoding)).size).toBeGreaterThan(1);
    for (const { gold, bytes } of golds) {
      const text = decodeAs(bytes, gold.encoding) ?? '';
      expect(text.includes('\r\n')).toBe(gold.eol === 'crlf');
      for (const f of gold.furniture) expect(text).toContain(f);
    }
  });

  it('prints a file in one punctuation width: a dump is converted as a whole, never article by article', () => {
    const widths = golds.map(({ gold, bytes, layout }) => {
      const text = decodeAs(bytes, gold.encoding) ?? '';
      const full = /[，（）：；！？]/u.test(text);
      const half = /[,():;!?]/u.test(text);
      expect(full && half).toBe(false);
      return { layout, half };
    });
    const tongzhou = widths.filter((w) => w.layout === 'tongzhou').map((w) => w.half);
    expect(new Set(tongzhou)).toEqual(new Set([true, false]));
    expect(widths.filter((w) => w.layout !== 'tongzhou' && w.half)).toEqual([]);
  });

  it('is deterministic: the same corpus builds the same bytes', () => {
    const again = buildCorpus(corpus, join(dir, 'again'));
    for (const f of again.files)
      expect(
        readFileSync(join(dir, 'again', `${f.name}.txt`)).equals(readFileSync(join(out, `${f.name}.txt`))),
      ).toBe(true);
  });

  it('splits by date into disjoint ranges', () => {
    const ranges = SPLIT_NAMES.flatMap((s) => SPLITS[s].map((r) => ({ s, ...r })));
    for (const a of ranges)
      for (const b of ranges) if (a !== b) expect(a.to < b.from || b.to < a.from, `${a.s}/${b.s}`).toBe(true);
    for (const { gold, date } of golds) expect(gold.split).toBe(splitOf(date));
    const bySplit = SPLIT_NAMES.map((s) => new Set(golds.filter((g) => g.split === s).map((g) => g.date)));
    for (const [i, a] of bySplit.entries())
      for (const b of bySplit.slice(i + 1)) expect([...a].filter((d) => b.has(d))).toEqual([]);
  });
});
