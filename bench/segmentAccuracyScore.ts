/**
 * The one accuracy scorer: aligns an engine's output and a gold with the file's text and counts
 * hits and misses (metrics documented in bench/segmentAccuracy.ts and bench/corpus/README.md).
 */
import type { Gold } from './corpus/goldFormat';
import { checkNoTextLost, decodeAs, nonws, type ContractOutput } from './checkNoTextLost';

export type { Gold };
type OutBlock = { kind: string; text: string };
type OutRepair = { blockIndex: number; offset: number; reason?: string };
type OutArticle = {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  blocks: OutBlock[];
  repairs?: OutRepair[];
};
export type Out = ContractOutput & { preamble: OutBlock[]; articles: OutArticle[] };

/** One run of text in an output or the gold, to be placed in the file's character stream. */
type Piece = {
  text: string[];
  article: number;
  role: 'title' | 'block' | 'other';
  kind?: string;
  /** for blocks: the index in the article's `paragraphs` (gold) or `blocks` (output) */
  index?: number;
};

// ---------------------------------------------------------------- alignment

/**
 * Places `pieces` (in order) in the file's non-whitespace stream `file`, skipping the `furniture` strings
 * (any order, each once). Greedy, with a look-ahead to decide whether a furniture line starts here or the
 * content does; resynchronises after a mismatch (then the contract check fails anyway).
 * Returns the file index of each piece's first character (-1 for an empty piece), the file index of every
 * piece character (`at`, -1 where it is not in the file), a mask of the file
 * characters taken as furniture, and the counts of file characters left over and piece characters not found.
 */
export function align(
  file: string[],
  pieces: string[][],
  furniture: string[][],
): { starts: number[]; at: Int32Array; furnMask: Uint8Array; lost: number; added: number } {
  const content: string[] = [];
  const owner: number[] = [];
  pieces.forEach((p, pi) => {
    for (const ch of p) {
      content.push(ch);
      owner.push(pi);
    }
  });
  const starts = pieces.map(() => -1);
  const at = new Int32Array(content.length).fill(-1);
  const furnMask = new Uint8Array(file.length);
  const used = new Uint8Array(furniture.length);
  const byFirst = new Map<string, number[]>();
  furniture.forEach((f, fi) => {
    if (!f.length) return;
    const list = byFirst.get(f[0]!) ?? [];
    list.push(fi);
    byFirst.set(f[0]!, list);
  });
  const K = 40;
  const matchLen = (fi: number, ci: number) => {
    let n = 0;
    while (n < K && fi + n < file.length && ci + n < content.length && file[fi + n] === content[ci + n]) n++;
    return n;
  };
  const furnitureAt = (i: number): number[] => {
    const out: number[] = [];
    for (const fi of byFirst.get(file[i]!) ?? []) {
      if (used[fi]) continue;
      const f = furniture[fi]!;
      let ok = i + f.length <= file.length;
      for (let k = 0; ok && k < f.length; k++) ok = file[i + k] === f[k];
      if (ok) out.push(fi);
    }
    return out.sort((a, b) => furniture[b]!.length - furniture[a]!.length);
  };
  /**
   * Where the content resumes after furniture line `first` ends at `pos`: further furniture lines right
   * after it (a page's date line, then its 版次) are skipped as long as the content does not match there,
   * so a content character that happens to equal a furniture line's first one does not win the look-ahead.
   */
  const pastFurnitureRun = (pos: number, ci: number, first: number) => {
    const taken = new Set([first]);
    for (let n = 0; n < 4 && pos < file.length; n++) {
      if (ci < content.length && matchLen(pos, ci) >= Math.min(K, content.length - ci)) break;
      const next = furnitureAt(pos).find((fi) => !taken.has(fi));
      if (next === undefined) break;
      taken.add(next);
      pos += furniture[next]!.length;
    }
    return pos;
  };
  const markStart = (ci: number, fileIdx: number) => {
    const pi = owner[ci]!;
    if (starts[pi]! < 0) starts[pi] = fileIdx;
  };
  const takeFurniture = (i: number, fi: number) => {
    used[fi] = 1;
    const len = furniture[fi]!.length;
    for (let k = 0; k < len; k++) furnMask[i + k] = 1;
    return i + len;
  };

  let i = 0;
  let c = 0;
  let lost = 0;
  let added = 0;
  while (i < file.length || c < content.length) {
    if (i >= file.length) {
      added += content.length - c;
      break;
    }
    const cands = furnitureAt(i);
    if (c < content.length && file[i] === content[c]) {
      const stay = matchLen(i, c);
      let best = -1;
      let bestScore = stay;
      for (const fi of cands) {
        const after = pastFurnitureRun(i + furniture[fi]!.length, c, fi);
        const score = c >= content.length ? 0 : matchLen(after, c);
        const full = score === K || after + score >= file.length || c + score >= content.length;
        if (score > bestScore || (full && stay < K && score >= stay)) {
          best = fi;
          bestScore = score;
        }
      }
      if (best >= 0) {
        i = takeFurniture(i, best);
        continue;
      }
      markStart(c, i);
      at[c] = i;
      i++;
      c++;
      continue;
    }
    if (cands.length) {
      i = takeFurniture(i, cands[0]!);
      continue;
    }
    if (c >= content.length) {
      lost++;
      i++;
      continue;
    }
    // mismatch: skip file characters (lost) or content characters (added), whichever resyncs sooner
    const W = 8;
    const need = Math.min(W, content.length - c);
    let skipFile = -1;
    for (let d = 1; d < 4000 && i + d < file.length; d++) {
      let ok = true;
      for (let k = 0; ok && k < need; k++) ok = file[i + d + k] === content[c + k];
      if (ok) {
        skipFile = d;
        break;
      }
    }
    let skipContent = -1;
    const needF = Math.min(W, file.length - i);
    for (let e = 1; e < 4000 && c + e < content.length; e++) {
      let ok = true;
      for (let k = 0; ok && k < needF; k++) ok = content[c + e + k] === file[i + k];
      if (ok) {
        skipContent = e;
        break;
      }
    }
    if (skipFile > 0 && (skipContent < 0 || skipFile <= skipContent)) {
      lost += skipFile;
      i += skipFile;
    } else if (skipContent > 0) {
      for (let e = 0; e < skipContent; e++) markStart(c + e, i);
      added += skipContent;
      c += skipContent;
    } else {
      markStart(c, i);
      lost++;
      added++;
      i++;
      c++;
    }
  }
  return { starts, at, furnMask, lost, added };
}

// ---------------------------------------------------------------- scoring

const chars = (s: string | null | undefined) => Array.from(nonws(s ?? ''));

export type Counts = { tp: number; fp: number; fn: number };
export const f1 = ({ tp, fp, fn }: Counts) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const compare = <T>(gold: Set<T>, pred: Set<T>, neutral?: Set<T>): Counts => {
  let tp = 0;
  let fp = 0;
  for (const x of pred) {
    if (gold.has(x)) tp++;
    else if (!neutral?.has(x)) fp++;
  }
  return { tp, fp, fn: gold.size - tp };
};
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export type FileScore = {
  name: string;
  group: string;
  split: string;
  encoding: string;
  eol: string;
  goldArticles: number;
  predArticles: number;
  art: Counts;
  para: Counts;
  /** null when the gold lists no joins (hand golds): join F1 is not scored for the file */
  joins: Counts | null;
  /** subhead / caption / credit blocks: same start, same end, same kind */
  kinds: Counts;
  titlesOk: number;
  titlesMatched: number;
  contract: string[];
  lost: number;
  added: number;
  ms: number;
  error?: string;
  misses: string[];
};

const SPECIAL = new Set(['subhead', 'caption', 'credit']);

function goldPieces(g: Gold): { pieces: Piece[]; furniture: string[][] } {
  const pieces: Piece[] = [];
  g.articles.forEach((a, n) => {
    if (a.kicker) pieces.push({ text: chars(a.kicker), article: n, role: 'title' });
    if (a.headline) pieces.push({ text: chars(a.headline), article: n, role: 'title' });
    for (const s of a.subheadlines) pieces.push({ text: chars(s), article: n, role: 'title' });
    a.paragraphs.forEach((p, index) =>
      pieces.push({ text: chars(p.text), article: n, role: 'block', kind: p.kind, index }),
    );
  });
  return { pieces, furniture: [...g.preamble, ...g.furniture].map(chars) };
}

function outPieces(o: Out): { pieces: Piece[]; furniture: string[][] } {
  const pieces: Piece[] = [];
  const furniture: string[][] = [];
  for (const b of o.preamble ?? []) {
    if (b.kind === 'furniture') furniture.push(chars(b.text));
    else pieces.push({ text: chars(b.text), article: -1, role: 'other' });
  }
  (o.articles ?? []).forEach((a, n) => {
    if (a.kicker) pieces.push({ text: chars(a.kicker), article: n, role: 'title' });
    if (a.headline) pieces.push({ text: chars(a.headline), article: n, role: 'title' });
    for (const s of a.subheadlines ?? []) pieces.push({ text: chars(s), article: n, role: 'title' });
    (a.blocks ?? []).forEach((b, index) => {
      if (b.kind === 'furniture') furniture.push(chars(b.text));
      else pieces.push({ text: chars(b.text), article: n, role: 'block', kind: b.kind, index });
    });
  });
  return { pieces, furniture };
}

/** Index of each piece's first character in the concatenated piece stream. */
const pieceOffsets = (pieces: Piece[]) => {
  const off: number[] = [];
  let n = 0;
  for (const p of pieces) {
    off.push(n);
    n += p.text.length;
  }
  return off;
};

const sameTitle = (a: string | null | undefined, b: string | null | undefined) =>
  nonws(a ?? '') === nonws(b ?? '');
const sameDecks = (a: string[], b: string[]) => {
  const x = a.map(nonws).filter(Boolean);
  const y = (b ?? []).map(nonws).filter(Boolean);
  return x.length === y.length && x.every((s, i) => s === y[i]);
};
const show = (a: { kicker: string | null; headline: string | null; subheadlines: string[] } | undefined) =>
  a
    ? `[k:${a.kicker ?? '∅'} | h:${a.headline ?? '∅'} | d:${(a.subheadlines ?? []).join(' / ') || '∅'}]`
    : '(no article)';
const clip = (s: string, n = 40) => (Array.from(s).length > n ? Array.from(s).slice(0, n).join('') + '…' : s);

export function groupOf(name: string, gold: Gold): string {
  return (
    gold.layoutKey ??
    name
      .replace(/^hand-/, '')
      .split('-')
      .slice(0, 2)
      .join('-')
  );
}

export function scoreFile(
  name: string,
  bytes: Uint8Array,
  gold: Gold,
  out: Out | null,
  error?: string,
  withMisses = true,
): FileScore {
  const text = decodeAs(bytes, gold.encoding) ?? '';
  const file = Array.from(nonws(text));
  const gp = goldPieces(gold);
  const ga = align(
    file,
    gp.pieces.map((p) => p.text),
    gp.furniture,
  );
  // content coordinates: file index minus the gold furniture characters before it
  const before = new Int32Array(file.length + 1);
  for (let k = 0; k < file.length; k++) before[k + 1] = before[k]! + ga.furnMask[k]!;
  const coord = (fileIdx: number) => fileIdx - before[Math.min(fileIdx, file.length)]!;
  const goldOff = pieceOffsets(gp.pieces);
  /** content position of the k-th character of gold piece `pi` (-1 when it is not in the file) */
  const goldPos = (pi: number, k: number) => {
    const f = ga.at[goldOff[pi]! + k] ?? -1;
    return f < 0 ? -1 : coord(f);
  };

  const goldArt = new Map<number, number>(); // position -> gold article
  const goldPara = new Map<number, string>(); // position -> kind
  const goldSpecial = new Set<string>(); // "start:end:kind" of subhead / caption / credit blocks
  const goldBlockPiece = new Map<string, number>(); // "article:paragraph" -> piece index
  const articlesSeen = new Set<number>();
  gp.pieces.forEach((p, k) => {
    const at = ga.starts[k] ?? -1;
    if (at < 0) return;
    const pos = coord(at);
    if (!goldArt.has(pos) && !articlesSeen.has(p.article)) {
      goldArt.set(pos, p.article);
      articlesSeen.add(p.article);
    }
    if (p.role !== 'block') return;
    goldPara.set(pos, p.kind ?? 'paragraph');
    goldBlockPiece.set(`${p.article}:${p.index}`, k);
    if (SPECIAL.has(p.kind ?? '')) goldSpecial.add(`${pos}:${goldPos(k, p.text.length - 1)}:${p.kind}`);
  });
  const goldJoins = new Set<number>();
  const goldWraps = new Set<number>();
  for (const j of gold.joins ?? []) {
    const k = goldBlockPiece.get(`${j.article}:${j.paragraph}`);
    const pos = k === undefined ? -1 : goldPos(k, j.at);
    if (pos >= 0) (j.why === 'artifact' ? goldJoins : goldWraps).add(pos);
  }

  const score: FileScore = {
    name,
    group: groupOf(name, gold),
    split: gold.split ?? 'hand',
    encoding: gold.encoding,
    eol: gold.eol ?? 'lf',
    goldArticles: gold.articles.length,
    predArticles: out?.articles?.length ?? 0,
    art: { tp: 0, fp: 0, fn: goldArt.size },
    para: { tp: 0, fp: 0, fn: goldPara.size },
    joins: gold.joins ? { tp: 0, fp: 0, fn: goldJoins.size } : null,
    kinds: { tp: 0, fp: 0, fn: goldSpecial.size },
    titlesOk: 0,
    titlesMatched: 0,
    contract: error ? [error] : [],
    lost: 0,
    added: 0,
    ms: 0,
    error,
    misses: [],
  };
  if (!out) return score;
  score.contract = checkNoTextLost(bytes, out);

  const op = outPieces(out);
  const oa = align(
    file,
    op.pieces.map((p) => p.text),
    op.furniture,
  );
  score.lost = oa.lost;
  score.added = oa.added;
  const outOff = pieceOffsets(op.pieces);
  const outPos = (pi: number, k: number) => {
    const f = oa.at[outOff[pi]! + k] ?? -1;
    return f < 0 ? -1 : coord(f);
  };
  const predArt = new Map<number, number>();
  const predPara = new Map<number, string>();
  const predSpecial = new Set<string>();
  const predBlockPiece = new Map<string, number>();
  const seenArticle = new Set<number>();
  op.pieces.forEach((p, k) => {
    const at = oa.starts[k] ?? -1;
    if (at < 0 || p.article < 0) return;
    const pos = coord(at);
    if (!seenArticle.has(p.article)) {
      seenArticle.add(p.article);
      if (!predArt.has(pos)) predArt.set(pos, p.article);
    }
    if (p.role !== 'block') return;
    predBlockPiece.set(`${p.article}:${p.index}`, k);
    if (!predPara.has(pos)) predPara.set(pos, p.kind ?? 'paragraph');
    if (SPECIAL.has(p.kind ?? '')) predSpecial.add(`${pos}:${outPos(k, p.text.length - 1)}:${p.kind}`);
  });
  const predJoins = new Set<number>();
  (out.articles ?? []).forEach((a, n) => {
    for (const r of a.repairs ?? []) {
      const k = predBlockPiece.get(`${n}:${r.blockIndex}`);
      const block = a.blocks?.[r.blockIndex];
      if (k === undefined || !block) continue;
      const pos = outPos(k, chars(block.text.slice(0, r.offset)).length);
      if (pos >= 0) predJoins.add(pos);
    }
  });
  score.art = compare(new Set(goldArt.keys()), new Set(predArt.keys()));
  score.para = compare(new Set(goldPara.keys()), new Set(predPara.keys()));
  score.kinds = compare(goldSpecial, predSpecial);
  if (score.joins) score.joins = compare(goldJoins, predJoins, goldWraps);

  for (const [pos, gi] of goldArt) {
    const pi = predArt.get(pos);
    const g = gold.articles[gi];
    const p = pi === undefined ? undefined : out.articles[pi];
    if (!g || !p) continue;
    score.titlesMatched++;
    if (
      sameTitle(g.kicker, p.kicker) &&
      sameTitle(g.headline, p.headline) &&
      sameDecks(g.subheadlines, p.subheadlines)
    )
      score.titlesOk++;
    else if (withMisses) score.misses.push(`titles differ: gold ${show(g)} got ${show(p)}`);
  }
  if (!withMisses) return score;

  // where things went wrong, in content coordinates, shown with the text around them
  const contentText = file.filter((_, k) => !ga.furnMask[k]);
  const around = (pos: number) =>
    clip(contentText.slice(Math.max(0, pos - 12), pos).join(''), 12) +
    '‖' +
    contentText.slice(pos, pos + 16).join('');
  const spanText = (key: string) => {
    const [s, e, kind] = key.split(':');
    return `${kind} ${contentText.slice(Number(s), Math.min(Number(e) + 1, Number(s) + 30)).join('')}`;
  };
  for (const pos of goldArt.keys())
    if (!predArt.has(pos)) score.misses.push(`article start missed: …${around(pos)}`);
  for (const pos of predArt.keys())
    if (!goldArt.has(pos)) score.misses.push(`article start invented: …${around(pos)}`);
  for (const pos of goldPara.keys())
    if (!predPara.has(pos)) score.misses.push(`paragraph break missed: …${around(pos)}`);
  for (const pos of predPara.keys())
    if (!goldPara.has(pos)) score.misses.push(`paragraph break invented: …${around(pos)}`);
  if (score.joins) {
    for (const pos of goldJoins) if (!predJoins.has(pos)) score.misses.push(`join missed: …${around(pos)}`);
    for (const pos of predJoins)
      if (!goldJoins.has(pos) && !goldWraps.has(pos)) score.misses.push(`join invented: …${around(pos)}`);
  }
  for (const key of goldSpecial)
    if (!predSpecial.has(key)) score.misses.push(`block missed: gold ${spanText(key)}`);
  for (const key of predSpecial)
    if (!goldSpecial.has(key)) score.misses.push(`block invented: got ${spanText(key)}`);

  return score;
}

/** The gold as an engine would print it (for --self-check and the tests: every figure must be perfect). */
export function goldAsOutput(gold: Gold, bytes: Uint8Array, path: string, sha256: string): Out {
  const articleJoins = (n: number) =>
    (gold.joins ?? []).filter((j) => j.article === n && j.why === 'artifact');
  return {
    schema: 'copydesk.issue/1',
    source: { path, sha256, bytes: bytes.length, encoding: gold.encoding },
    preamble: [...gold.preamble, ...gold.furniture].map((text) => ({ kind: 'furniture', text })),
    articles: gold.articles.map((a, n) => ({
      kicker: a.kicker,
      headline: a.headline,
      subheadlines: a.subheadlines,
      byline: null,
      authors: [],
      blocks: a.paragraphs.map((p) => ({ kind: p.kind, text: p.text })),
      // a join offset counts UTF-16 units of the block text: walk the text to the at-th non-space character
      repairs: articleJoins(n).map((j) => ({
        blockIndex: j.paragraph,
        offset: utf16OffsetOfNonws(a.paragraphs[j.paragraph]!.text, j.at),
        reason: 'gold artifact break',
      })),
    })),
  };
}

/** UTF-16 offset in `text` of its `n`-th non-whitespace code point (0-based). */
export function utf16OffsetOfNonws(text: string, n: number): number {
  let seen = 0;
  let off = 0;
  for (const ch of text) {
    if (!/\s/u.test(ch)) {
      if (seen === n) return off;
      seen++;
    }
    off += ch.length;
  }
  return off;
}
