import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block } from '../../../../../preload/api';

/** A hand-annotated article: what the segmenter should produce for it. */
export interface GoldArticle {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  byline: string | null;
  blocks: Block[];
}

export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/segment/', import.meta.url));

/** Loads a gold corpus from tests/fixtures/segment/NAME.json. */
export function loadCorpus(name: string): GoldArticle[] {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as GoldArticle[];
}

/** A small deterministic random generator (mulberry32), so rendered fixtures are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
