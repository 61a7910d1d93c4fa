/** Reads ../shared/corpus/pd-articles.jsonl.gz (format: ../shared/corpus/README.md) into days and pages. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export type SourceArticle = {
  id: string;
  date: string;
  page: number;
  kicker: string;
  headline: string;
  deck: string;
  paragraphs: string[];
};

export type Day = { date: string; pages: { page: number; articles: SourceArticle[] }[] };

/** The corpus path relative to the repository: <repo>/../shared/corpus/pd-articles.jsonl.gz. */
export const DEFAULT_CORPUS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'corpus',
  'pd-articles.jsonl.gz',
);

export function corpusExists(path: string): boolean {
  return existsSync(path);
}

/** All days, in date order; pages in page order; articles in the crawl's order (its ids). */
export function readDays(path: string): Day[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const byDay = new Map<string, Map<number, SourceArticle[]>>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as SourceArticle;
    const pages = byDay.get(a.date) ?? new Map<number, SourceArticle[]>();
    byDay.set(a.date, pages);
    const list = pages.get(a.page) ?? [];
    pages.set(a.page, list);
    list.push(a);
  }
  return [...byDay.keys()].sort().map((date) => ({
    date,
    pages: [...byDay.get(date)!.entries()]
      .sort(([a], [b]) => a - b)
      .map(([page, articles]) => ({ page, articles: articles.sort((x, y) => x.id.localeCompare(y.id)) })),
  }));
}
