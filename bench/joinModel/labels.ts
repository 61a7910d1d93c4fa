/**
 * The gold label of every line break of a corpus file: whether the line starts inside a gold paragraph
 * at an artifact break (a column cut the engine should join), at a printed wrap, or elsewhere (a
 * paragraph, title or furniture starts there). Used by the join scorer's training (train.ts).
 */
import { readFileSync } from 'node:fs';
import { decodeAs, nonws } from '../checkNoTextLost';
import type { Gold } from '../corpus/goldFormat';
import { align } from '../segmentAccuracyScore';

export type BreakLabel = 'artifact' | 'wrap' | 'other';

const chars = (s: string | null | undefined) => Array.from(nonws(s ?? ''));

/** The decoded text (LF line ends) and the label of each non-blank line by its 1-based number. */
export function labelledBreaks(
  txtPath: string,
  gold: Gold,
): { text: string; labels: Map<number, BreakLabel> } {
  const text = (decodeAs(readFileSync(txtPath), gold.encoding) ?? '').replace(/\r\n?/g, '\n');
  const file = Array.from(nonws(text));
  const pieces: { text: string[]; art: number; para: number }[] = [];
  gold.articles.forEach((a, n) => {
    for (const t of [a.kicker, a.headline, ...a.subheadlines])
      if (t) pieces.push({ text: chars(t), art: n, para: -1 });
    a.paragraphs.forEach((p, i) => pieces.push({ text: chars(p.text), art: n, para: i }));
  });
  const ga = align(
    file,
    pieces.map((p) => p.text),
    [...gold.preamble, ...gold.furniture].map(chars),
  );
  const offsets: number[] = [];
  let n = 0;
  for (const p of pieces) {
    offsets.push(n);
    n += p.text.length;
  }
  const byBlock = new Map(pieces.map((p, k) => [`${p.art}:${p.para}`, k]));
  const joinAt = new Map<number, BreakLabel>();
  for (const j of gold.joins ?? []) {
    const k = byBlock.get(`${j.article}:${j.paragraph}`);
    const f = k === undefined ? -1 : (ga.at[offsets[k]! + j.at] ?? -1);
    if (f >= 0) joinAt.set(f, j.why === 'artifact' ? 'artifact' : 'wrap');
  }
  const labels = new Map<number, BreakLabel>();
  let pos = 0;
  text.split('\n').forEach((raw, i) => {
    if (raw.trim()) labels.set(i + 1, joinAt.get(pos) ?? 'other');
    pos += nonws(raw).length;
  });
  return { text, labels };
}
