/**
 * The gold article starts of a corpus file: the 1-based numbers of the lines on which a gold article
 * begins (its kicker, headline or, untitled, first paragraph). Used by the start scorer's training
 * (train.ts).
 */
import { readFileSync } from 'node:fs';
import { decodeAs, nonws } from '../checkNoTextLost';
import type { Gold } from '../corpus/goldFormat';
import { align } from '../segmentAccuracyScore';

const chars = (s: string | null | undefined) => Array.from(nonws(s ?? ''));

/** The decoded text (LF line ends) and the numbers of its lines where a gold article starts. */
export function articleStartLines(txtPath: string, gold: Gold): { text: string; starts: Set<number> } {
  const text = (decodeAs(readFileSync(txtPath), gold.encoding) ?? '').replace(/\r\n?/g, '\n');
  const file = Array.from(nonws(text));
  const pieces: string[][] = [];
  const firstPiece: number[] = [];
  for (const a of gold.articles) {
    firstPiece.push(pieces.length);
    for (const t of [a.kicker, a.headline, ...a.subheadlines]) if (t) pieces.push(chars(t));
    for (const p of a.paragraphs) pieces.push(chars(p.text));
  }
  const ga = align(file, pieces, [...gold.preamble, ...gold.furniture].map(chars));
  const startAt = new Set<number>();
  for (const k of firstPiece) {
    const f = ga.starts[k] ?? -1;
    if (f >= 0) startAt.add(f);
  }
  const starts = new Set<number>();
  let pos = 0;
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() && startAt.has(pos)) starts.add(i + 1);
    pos += nonws(raw).length;
  });
  return { text, starts };
}
