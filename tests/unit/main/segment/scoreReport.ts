/**
 * Prints article-boundary F1, paragraph-boundary F1 and exact title lines per layout, over every
 * gold corpus rendered in every layout with random artifact breaks and furniture.
 *   npx tsx tests/unit/main/segment/scoreReport.ts [SEEDS] [--verbose]
 */
import { cases, scoreCase } from './support/matrix';

const seeds = Number(process.argv[2] ?? 10) || 10;
const verbose = process.argv.includes('--verbose');
const rows = new Map<string, { a: number[]; p: number[]; t: [number, number]; lost: number }>();
for (const c of cases(seeds)) {
  const s = scoreCase(c);
  const key = c.layout;
  const row = rows.get(key) ?? { a: [0, 0, 0], p: [0, 0, 0], t: [0, 0], lost: 0 };
  row.a = [row.a[0]! + s.articles.tp, row.a[1]! + s.articles.predicted, row.a[2]! + s.articles.gold];
  row.p = [row.p[0]! + s.paragraphs.tp, row.p[1]! + s.paragraphs.predicted, row.p[2]! + s.paragraphs.gold];
  row.t = [row.t[0] + s.titlesExact, row.t[1] + s.titlesTotal];
  if (!s.textSame) row.lost++;
  rows.set(key, row);
  if (verbose && (s.articles.f1 < 1 || s.paragraphs.f1 < 0.95 || s.titlesExact < s.titlesTotal))
    console.log(
      `${c.corpus} ${c.layout} seed ${c.seed}: A ${s.articles.f1.toFixed(3)} P ${s.paragraphs.f1.toFixed(3)} T ${s.titlesExact}/${s.titlesTotal}`,
    );
}
const f = ([tp, pr, g]: number[]) => {
  const p = pr ? tp! / pr : 0;
  const r = g ? tp! / g : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
console.log('layout          articleF1  paragraphF1  titlesExact  textMismatches');
for (const [layout, r] of rows) {
  console.log(
    `${layout.padEnd(15)} ${f(r.a).toFixed(3).padStart(9)}  ${f(r.p).toFixed(3).padStart(11)}  ${((100 * r.t[0]) / r.t[1]).toFixed(1).padStart(10)}%  ${r.lost}`,
  );
}
