import { describe, expect, it } from 'vitest';
import { cases, scoreCase } from './support/matrix';
import type { LayoutName } from './support/render';

/** Floors under the measured figures (see scoreReport.ts), so a regression shows. */
const FLOORS: Record<LayoutName, { articles: number; paragraphs: number; titles: number }> = {
  blank: { articles: 0.94, paragraphs: 0.97, titles: 0.9 },
  'indent-blank': { articles: 0.95, paragraphs: 0.98, titles: 0.9 },
  consecutive: { articles: 0.94, paragraphs: 0.97, titles: 0.9 },
  dump: { articles: 0.94, paragraphs: 0.98, titles: 0.9 },
  'dump-gap': { articles: 0.94, paragraphs: 0.98, titles: 0.9 },
  'ocr-export': { articles: 0.85, paragraphs: 0.93, titles: 0.75 },
  'ocr-raw': { articles: 0.5, paragraphs: 0.7, titles: 0.25 },
};

describe('gold corpora rendered in every layout', () => {
  const totals = new Map<LayoutName, { a: number[]; p: number[]; t: number[] }>();
  for (const c of cases(6)) {
    const s = scoreCase(c);
    it(`${c.corpus} in ${c.layout} (seed ${c.seed}) keeps every character`, () =>
      expect(s.textSame).toBe(true));
    const t = totals.get(c.layout) ?? { a: [], p: [], t: [0, 0] };
    t.a.push(s.articles.f1);
    t.p.push(s.paragraphs.f1);
    t.t = [(t.t[0] ?? 0) + s.titlesExact, (t.t[1] ?? 0) + s.titlesTotal];
    totals.set(c.layout, t);
  }
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  for (const [layout, t] of totals) {
    it(`${layout}: boundary F1 and exact titles stay above their floors`, () => {
      const floor = FLOORS[layout];
      expect(mean(t.a)).toBeGreaterThanOrEqual(floor.articles);
      expect(mean(t.p)).toBeGreaterThanOrEqual(floor.paragraphs);
      expect((t.t[0] ?? 0) / (t.t[1] ?? 1)).toBeGreaterThanOrEqual(floor.titles);
    });
  }
});
