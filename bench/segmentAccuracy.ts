/**
 * Segmentation accuracy on the held-out corpus (tests/fixtures/eval/): the figures outside acceptance
 * will check, measured on what ships.
 *
 *   node --import tsx bench/segmentAccuracy.ts                 # runs `node out/main/cli.js segment FILE --json`
 *   node --import tsx bench/segmentAccuracy.ts --cli PATH      # another built CLI
 *   node --import tsx bench/segmentAccuracy.ts --direct        # imports main/decode/readIssueFile.ts instead
 *   node --import tsx bench/segmentAccuracy.ts --self-check    # scores the gold against itself (must be all 1.0)
 *   options: --dir DIR (default tests/fixtures/eval), --only SUBSTRING, --verbose (list every miss), --json
 *
 * METRICS (all positions are in one coordinate system, fixed by the gold):
 *
 *   The file is decoded (the gold names its encoding) and reduced to its stream of non-whitespace
 *   characters. Gold furniture and gold preamble lines are then removed from that stream; a position is an
 *   index into what remains ("content coordinates"). Each piece of an output (kicker, headline, deck,
 *   block) is located in the file's stream by an order-preserving alignment that may skip the output's own
 *   furniture blocks (they may be out of order, see the contract); its start is then converted to content
 *   coordinates. A piece that starts on a gold furniture line maps to the first content character after
 *   it, so calling a page header "part of the next article" costs nothing, and vice versa.
 *
 *   - Article-boundary F1: the set of positions where articles start (the first character of the
 *     article's kicker, headline, first deck or first block, whichever comes first), predicted vs gold.
 *     P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|, F1 = 2PR / (P + R).
 *   - Paragraph-boundary F1: the set of positions where body blocks start (every gold paragraph of any
 *     kind; every non-furniture block of a predicted article — preamble blocks are not counted). A joined
 *     artifact break that the engine leaves split is a false positive; two paragraphs merged is a miss.
 *   - Title exactness: the share of ALL gold articles for which some predicted article starts at the same
 *     position AND kicker, headline and subheadlines are all equal, compared without any whitespace (so
 *     "LATE RETURNS GIVE / CALDER LEAD" joined with or without a space are equal, but a deck taken for the
 *     headline, a kicker left in the previous article, or a deck line lost into the body are not). Null and
 *     "" are the same. Also printed: the same share among matched articles only.
 *   - Characters lost/added: the contract check of ../shared/tools/check-contract.mjs (copied as
 *     bench/checkNoTextLost.ts) must pass for every file; the alignment also counts the file characters
 *     no output piece covers (lost) and the output characters not in the file (added).
 *   - Block kinds (information only, no target): among paragraph starts found, the share whose kind
 *     (paragraph / subhead / caption / credit) equals the gold's.
 *
 *   Overall figures are micro-averaged: true/false positives and misses are summed over every file (and
 *   over every file of a layout group for the per-layout lines) before P, R and F1 are computed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkNoTextLost, decodeAs, nonws, type ContractOutput } from './checkNoTextLost';

// ---------------------------------------------------------------- types

type GoldPara = { kind: string; text: string };
type GoldArticle = {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  paragraphs: GoldPara[];
};
type Gold = {
  layout: string;
  layoutKey?: string;
  encoding: string;
  eol?: string;
  articles: GoldArticle[];
  preamble: string[];
  furniture: string[];
};
type OutBlock = { kind: string; text: string };
type OutArticle = {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  blocks: OutBlock[];
};
type Out = ContractOutput & { preamble: OutBlock[]; articles: OutArticle[] };

/** One run of text in an output or the gold, to be placed in the file's character stream. */
type Piece = { text: string[]; article: number; role: 'title' | 'block' | 'other'; kind?: string };

// ---------------------------------------------------------------- alignment

/**
 * Places `pieces` (in order) in the file's non-whitespace stream `file`, skipping the `furniture` strings
 * (any order, each once). Greedy, with a look-ahead to decide whether a furniture line starts here or the
 * content does; resynchronises after a mismatch (then the contract check fails anyway).
 * Returns the file index of each piece's first character (-1 for an empty piece), a mask of the file
 * characters taken as furniture, and the counts of file characters left over and piece characters not found.
 */
export function align(
  file: string[],
  pieces: string[][],
  furniture: string[][],
): { starts: number[]; furnMask: Uint8Array; lost: number; added: number } {
  const content: string[] = [];
  const owner: number[] = [];
  pieces.forEach((p, pi) => {
    for (const ch of p) {
      content.push(ch);
      owner.push(pi);
    }
  });
  const starts = pieces.map(() => -1);
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
        const after = i + furniture[fi]!.length;
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
  return { starts, furnMask, lost, added };
}

// ---------------------------------------------------------------- scoring

const chars = (s: string | null | undefined) => Array.from(nonws(s ?? ''));

type Counts = { tp: number; fp: number; fn: number };
const f1 = ({ tp, fp, fn }: Counts) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const compare = (gold: Set<number>, pred: Set<number>): Counts => {
  let tp = 0;
  for (const x of pred) if (gold.has(x)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
};

type FileScore = {
  name: string;
  group: string;
  encoding: string;
  eol: string;
  goldArticles: number;
  predArticles: number;
  art: Counts;
  para: Counts;
  titlesOk: number;
  titlesMatched: number;
  kindsOk: number;
  kindsSeen: number;
  contract: string[];
  lost: number;
  added: number;
  ms: number;
  error?: string;
  misses: string[];
};

function goldPieces(g: Gold): { pieces: Piece[]; furniture: string[][] } {
  const pieces: Piece[] = [];
  g.articles.forEach((a, n) => {
    if (a.kicker) pieces.push({ text: chars(a.kicker), article: n, role: 'title' });
    if (a.headline) pieces.push({ text: chars(a.headline), article: n, role: 'title' });
    for (const s of a.subheadlines) pieces.push({ text: chars(s), article: n, role: 'title' });
    for (const p of a.paragraphs)
      pieces.push({ text: chars(p.text), article: n, role: 'block', kind: p.kind });
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
    for (const b of a.blocks ?? []) {
      if (b.kind === 'furniture') furniture.push(chars(b.text));
      else pieces.push({ text: chars(b.text), article: n, role: 'block', kind: b.kind });
    }
  });
  return { pieces, furniture };
}

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

export function scoreFile(
  name: string,
  bytes: Uint8Array,
  gold: Gold,
  out: Out | null,
  error?: string,
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

  const goldArt = new Map<number, number>(); // position -> gold article
  const goldPara = new Map<number, string>(); // position -> kind
  gp.pieces.forEach((p, k) => {
    const at = ga.starts[k] ?? -1;
    if (at < 0) return;
    const pos = coord(at);
    if (!goldArt.has(pos) && ![...goldArt.values()].includes(p.article)) goldArt.set(pos, p.article);
    if (p.role === 'block') goldPara.set(pos, p.kind ?? 'paragraph');
  });

  const score: FileScore = {
    name,
    group:
      gold.layoutKey ??
      name
        .replace(/^hand-/, '')
        .split('-')
        .slice(0, 2)
        .join('-'),
    encoding: gold.encoding,
    eol: gold.eol ?? 'lf',
    goldArticles: gold.articles.length,
    predArticles: out?.articles?.length ?? 0,
    art: { tp: 0, fp: 0, fn: goldArt.size },
    para: { tp: 0, fp: 0, fn: goldPara.size },
    titlesOk: 0,
    titlesMatched: 0,
    kindsOk: 0,
    kindsSeen: 0,
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
  const predArt = new Map<number, number>();
  const predPara = new Map<number, string>();
  const seenArticle = new Set<number>();
  op.pieces.forEach((p, k) => {
    const at = oa.starts[k] ?? -1;
    if (at < 0 || p.article < 0) return;
    const pos = coord(at);
    if (!seenArticle.has(p.article)) {
      seenArticle.add(p.article);
      if (!predArt.has(pos)) predArt.set(pos, p.article);
    }
    if (p.role === 'block' && !predPara.has(pos)) predPara.set(pos, p.kind ?? 'paragraph');
  });
  score.art = compare(new Set(goldArt.keys()), new Set(predArt.keys()));
  score.para = compare(new Set(goldPara.keys()), new Set(predPara.keys()));

  // where things went wrong, in content coordinates, shown with the text around them
  const contentText = file.filter((_, k) => !ga.furnMask[k]);
  const around = (pos: number) =>
    clip(contentText.slice(Math.max(0, pos - 12), pos).join(''), 12) +
    '‖' +
    contentText.slice(pos, pos + 16).join('');
  for (const pos of goldArt.keys())
    if (!predArt.has(pos)) score.misses.push(`article start missed: …${around(pos)}`);
  for (const pos of predArt.keys())
    if (!goldArt.has(pos)) score.misses.push(`article start invented: …${around(pos)}`);
  for (const pos of goldPara.keys())
    if (!predPara.has(pos)) score.misses.push(`paragraph break missed: …${around(pos)}`);
  for (const pos of predPara.keys())
    if (!goldPara.has(pos)) score.misses.push(`paragraph break invented: …${around(pos)}`);

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
    else score.misses.push(`titles differ: gold ${show(g)} got ${show(p)}`);
  }
  for (const [pos, kind] of goldPara) {
    const k = predPara.get(pos);
    if (k === undefined) continue;
    score.kindsSeen++;
    if (k === kind) score.kindsOk++;
    else score.misses.push(`kind: gold ${kind} got ${k}: …${around(pos)}`);
  }
  return score;
}

// ---------------------------------------------------------------- running the engine

type Runner = (file: string) => Promise<{ out: Out | null; error?: string }>;

function cliRunner(cli: string): Runner {
  return async (file) => {
    const res = spawnSync(process.execPath, [cli, 'segment', file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      timeout: 120_000,
    });
    if (res.error) return { out: null, error: `engine did not run: ${res.error.message}` };
    if (res.status !== 0)
      return { out: null, error: `engine exited ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}` };
    try {
      return { out: JSON.parse(res.stdout) as Out };
    } catch (e) {
      return { out: null, error: `output is not JSON: ${(e as Error).message}` };
    }
  };
}

async function directRunner(): Promise<Runner> {
  const mod = (await import(pathToFileURL(resolve('main/decode/readIssueFile.ts')).href)) as {
    readIssueFile: (p: string) => Promise<{ issue?: Out } & Out>;
  };
  return async (file) => {
    try {
      const r = await mod.readIssueFile(file);
      return { out: JSON.parse(JSON.stringify(r.issue ?? r)) as Out };
    } catch (e) {
      return { out: null, error: `engine threw: ${(e as Error).message}` };
    }
  };
}

/** The gold as an engine would print it: for --self-check (every figure must come out perfect). */
function goldRunner(dir: string): Runner {
  return async (file) => {
    const gold = JSON.parse(
      readFileSync(join(dir, basename(file).replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as Gold;
    const bytes = readFileSync(file);
    const { createHash } = await import('node:crypto');
    const out: Out = {
      schema: 'copydesk.issue/1',
      source: {
        path: file,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
        encoding: gold.encoding,
      },
      preamble: [...gold.preamble, ...gold.furniture].map((text) => ({ kind: 'furniture', text })),
      articles: gold.articles.map((a) => ({
        kicker: a.kicker,
        headline: a.headline,
        subheadlines: a.subheadlines,
        byline: null,
        authors: [],
        blocks: a.paragraphs.map((p) => ({ kind: p.kind, text: p.text })),
        repairs: [],
      })),
    };
    return { out };
  };
}

// ---------------------------------------------------------------- report

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const fx = (x: number) => x.toFixed(3);
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

function summary(scores: FileScore[]) {
  const art = scores.reduce((s, x) => add(s, x.art), { tp: 0, fp: 0, fn: 0 });
  const para = scores.reduce((s, x) => add(s, x.para), { tp: 0, fp: 0, fn: 0 });
  const goldArticles = scores.reduce((s, x) => s + x.goldArticles, 0);
  const titlesOk = scores.reduce((s, x) => s + x.titlesOk, 0);
  const titlesMatched = scores.reduce((s, x) => s + x.titlesMatched, 0);
  const kindsOk = scores.reduce((s, x) => s + x.kindsOk, 0);
  const kindsSeen = scores.reduce((s, x) => s + x.kindsSeen, 0);
  const contractFails = scores.filter((x) => x.contract.length).length;
  return {
    art,
    para,
    artF1: f1(art),
    paraF1: f1(para),
    titles: goldArticles ? titlesOk / goldArticles : 1,
    titlesAmongMatched: titlesMatched ? titlesOk / titlesMatched : 1,
    kinds: kindsSeen ? kindsOk / kindsSeen : 1,
    contractFails,
    lost: scores.reduce((s, x) => s + x.lost, 0),
    added: scores.reduce((s, x) => s + x.added, 0),
    goldArticles,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const flag = (name: string) => argv.includes(name);
  const dir = resolve(opt('--dir') ?? 'tests/fixtures/eval');
  const only = opt('--only');
  const cli = resolve(opt('--cli') ?? 'out/main/cli.js');

  let run: Runner;
  let engine: string;
  if (flag('--self-check')) {
    run = goldRunner(dir);
    engine = 'the gold itself (self-check)';
  } else if (flag('--direct')) {
    run = await directRunner();
    engine = 'main/decode/readIssueFile.ts (direct import)';
  } else {
    if (!existsSync(cli)) {
      console.error(
        `no built CLI at ${cli}: run \`npx electron-vite build\` first, or pass --cli PATH / --direct`,
      );
      process.exitCode = 2;
      return;
    }
    run = cliRunner(cli);
    engine = `node ${cli} segment FILE --json`;
  }

  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .filter((n) => !only || n.includes(only))
    .sort();
  const scores: FileScore[] = [];
  for (const name of names) {
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
    const path = join(dir, `${name}.txt`);
    const bytes = readFileSync(path);
    const t0 = performance.now();
    const { out, error } = await run(path);
    const ms = performance.now() - t0;
    const s = scoreFile(name, bytes, gold, out, error);
    s.ms = ms;
    scores.push(s);
  }

  if (flag('--json')) {
    console.log(JSON.stringify({ engine, files: scores, overall: summary(scores) }, null, 2));
    return;
  }

  console.log(`Segmentation accuracy — held-out corpus ${dir}\nengine: ${engine}\n`);
  const head = ['file', 'enc', 'eol', 'arts g/p', 'art F1', 'para F1', 'titles', 'kinds', 'chars', 'ms'];
  const rows = scores.map((s) => {
    const t = s.goldArticles ? s.titlesOk / s.goldArticles : 1;
    const chars = s.contract.length ? `FAIL(-${s.lost}/+${s.added})` : 'ok';
    return [
      s.name,
      s.encoding,
      s.eol,
      `${s.goldArticles}/${s.predArticles}`,
      fx(f1(s.art)),
      fx(f1(s.para)),
      pct(t),
      s.kindsSeen ? pct(s.kindsOk / s.kindsSeen) : '   - ',
      chars,
      s.ms.toFixed(0),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));

  console.log('\nper layout group (micro-averaged):');
  const groups = [...new Set(scores.map((s) => s.group))].sort();
  for (const g of groups) {
    const m = summary(scores.filter((s) => s.group === g));
    console.log(
      `  ${g.padEnd(22)} art F1 ${fx(m.artF1)}  para F1 ${fx(m.paraF1)}  titles ${pct(m.titles)}  contract failures ${m.contractFails}`,
    );
  }

  const m = summary(scores);
  const mark = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log(`\noverall, micro-averaged over ${scores.length} files, ${m.goldArticles} gold articles:`);
  console.log(
    `  article-boundary F1    ${fx(m.artF1)}   target ≥ 0.95  ${mark(m.artF1 >= 0.95)}   (tp ${m.art.tp}, fp ${m.art.fp}, fn ${m.art.fn})`,
  );
  console.log(
    `  paragraph-boundary F1  ${fx(m.paraF1)}   target ≥ 0.95  ${mark(m.paraF1 >= 0.95)}   (tp ${m.para.tp}, fp ${m.para.fp}, fn ${m.para.fn})`,
  );
  console.log(
    `  titles exactly right   ${pct(m.titles)}   target ≥ 85 %  ${mark(m.titles >= 0.85)}   (${pct(m.titlesAmongMatched)} of matched articles)`,
  );
  console.log(
    `  files losing/adding text ${m.contractFails}      target 0       ${mark(m.contractFails === 0)}   (characters lost ${m.lost}, added ${m.added})`,
  );
  console.log(`  block kinds agreeing   ${pct(m.kinds)}   (information only)`);

  const failed = scores.filter((s) => s.contract.length);
  if (failed.length) {
    console.log('\ncontract problems:');
    for (const s of failed) for (const p of s.contract.slice(0, 3)) console.log(`  ${s.name}: ${p}`);
  }
  if (flag('--verbose')) {
    for (const s of scores) {
      if (!s.misses.length) continue;
      console.log(`\n${s.name}:`);
      for (const x of s.misses) console.log(`  ${x}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
