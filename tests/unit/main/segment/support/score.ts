import type { Block, SegmentedArticle } from '../../../../../preload/api';
import type { GoldArticle } from './gold';

/** Precision / recall / F1 of one boundary kind. */
export interface F1 {
  tp: number;
  predicted: number;
  gold: number;
  f1: number;
}

export interface Score {
  articles: F1;
  paragraphs: F1;
  titlesExact: number;
  titlesTotal: number;
  /** The non-whitespace, non-furniture text of output and gold are the same. */
  textSame: boolean;
}

type Titled = Pick<SegmentedArticle, 'kicker' | 'headline' | 'subheadlines'> & { blocks: Block[] };

const nonws = (s: string | null) => (s ?? '').replace(/\s/gu, '');

/** Offsets (in non-whitespace characters, furniture left out) where articles and blocks start. */
function boundaries(articles: Titled[]): { text: string; articles: number[]; blocks: number[] } {
  const parts: string[] = [];
  let at = 0;
  const starts: number[] = [];
  const blocks: number[] = [];
  for (const a of articles) {
    starts.push(at);
    for (const t of [a.kicker, a.headline, ...a.subheadlines]) {
      const s = nonws(t);
      parts.push(s);
      at += s.length;
    }
    for (const b of a.blocks) {
      if (b.kind === 'furniture') continue;
      blocks.push(at);
      const s = nonws(b.text);
      parts.push(s);
      at += s.length;
    }
  }
  return { text: parts.join(''), articles: starts, blocks };
}

function f1(predicted: number[], gold: number[]): F1 {
  const g = new Set(gold);
  const tp = new Set(predicted.filter((p) => g.has(p))).size;
  const p = predicted.length ? tp / predicted.length : 0;
  const r = gold.length ? tp / gold.length : 0;
  return { tp, predicted: predicted.length, gold: gold.length, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores segmenter output against gold articles. */
export function scoreIssue(output: Titled[], gold: GoldArticle[]): Score {
  const o = boundaries(output);
  const g = boundaries(gold);
  const byStart = new Map(o.articles.map((s, i) => [s, output[i]]));
  let exact = 0;
  g.articles.forEach((s, i) => {
    const want = gold[i];
    const got = byStart.get(s);
    if (!want || !got) return;
    const same =
      nonws(want.kicker) === nonws(got.kicker) &&
      nonws(want.headline) === nonws(got.headline) &&
      want.subheadlines.map(nonws).join('|') === got.subheadlines.map(nonws).join('|');
    if (same) exact++;
  });
  return {
    articles: f1(o.articles, g.articles),
    paragraphs: f1(o.blocks, g.blocks),
    titlesExact: exact,
    titlesTotal: gold.length,
    textSame: o.text === g.text,
  };
}
