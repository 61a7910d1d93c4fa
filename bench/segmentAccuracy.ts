/**
 * Segmentation accuracy: the one scorer, for the People's Daily corpus (bench/corpus, gold made by the
 * builder) and for hand-made gold folders (tests/fixtures/eval*, outside folders such as chronam pages).
 *
 *   npm run bench:accuracy                                  # builds the corpus if missing, scores every file
 *   npm run bench:accuracy -- --split train [--layout wrap] [--verbose]
 *   npm run bench:accuracy -- --dir tests/fixtures/eval2    # a hand-gold folder instead of the corpus
 *   options: --split train|dev|test, --layout NAME, --only SUBSTRING, --verbose (list every miss), --json,
 *            --engine DIR (import decode+segment from another source tree, e.g. a frozen baseline),
 *            --cli [PATH] (spawn a built CLI per file; default out/main/cli.js), --self-check (gold vs itself),
 *            --corpus PATH, --out DIR (corpus source and cache, see bench/corpus/build.ts)
 *
 * METRICS (all positions are in one coordinate system, fixed by the gold):
 *
 *   The file is decoded (the gold names its encoding) and reduced to its stream of non-whitespace
 *   characters. Gold furniture and gold preamble lines are then removed from that stream; a position is an
 *   index into what remains ("content coordinates"). Each piece of an output (kicker, headline, deck,
 *   block) is located in the file's stream by an order-preserving alignment that may skip the output's own
 *   furniture blocks (they may be out of order, see the contract); its characters are then converted to
 *   content coordinates. A piece that starts on a gold furniture line maps to the first content character
 *   after it, so calling a page header "part of the next article" costs nothing, and vice versa.
 *
 *   - Article-start F1: the set of positions where articles start (the first character of the article's
 *     kicker, headline, first deck or first block, whichever comes first), predicted vs gold.
 *     P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|, F1 = 2PR / (P + R).
 *   - Paragraph-start F1: the set of positions where body blocks start (every gold paragraph of any kind;
 *     every non-furniture block of a predicted article — preamble blocks are not counted). An artifact
 *     break the engine leaves split is a false positive; two paragraphs merged is a miss.
 *   - Join F1 (only for golds that list `joins`): the positions of the engine's `repairs` vs the gold's
 *     artifact breaks (a column/page break that cut a paragraph). A repair at a gold printed line wrap
 *     counts neither way (joining a wrap is right; listing it for review is the engine's choice).
 *   - Titles exact: the share of ALL gold articles for which some predicted article starts at the same
 *     position AND kicker, headline and subheadlines are all equal, compared without any whitespace. Null
 *     and "" are the same.
 *   - Kinds F1: the subhead / caption / credit blocks, as (start, end, kind) triples, predicted vs gold:
 *     a block counts only with the right span and the right kind.
 *   - Characters lost/added: the contract check of ../shared/tools/check-contract.mjs (copied as
 *     bench/checkNoTextLost.ts) must pass for every file; the alignment also counts the file characters
 *     no output piece covers (lost) and the output characters not in the file (added).
 *
 *   Figures are micro-averaged: hits and misses are summed over every file of a split (and of a layout)
 *   before P, R and F1 are computed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, DEFAULT_OUT, isBuilt } from './corpus/build';
import { LAYOUT_NAMES } from './corpus/layouts';
import { DEFAULT_CORPUS } from './corpus/readCorpus';
import { SPLIT_NAMES } from './corpus/splits';
import {
  cliRunner,
  defaultCli,
  goldPathOf,
  goldRunner,
  inProcessRunner,
  type Runner,
} from './segmentAccuracyEngines';
import { add, f1, scoreFile, zero, type FileScore, type Gold } from './segmentAccuracyScore';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- summary

export type Summary = ReturnType<typeof summary>;

export function summary(scores: FileScore[]) {
  const sum = (get: (s: FileScore) => number) => scores.reduce((n, s) => n + get(s), 0);
  const art = scores.reduce((c, s) => add(c, s.art), zero());
  const para = scores.reduce((c, s) => add(c, s.para), zero());
  const joinScores = scores.filter((s) => s.joins);
  const joins = joinScores.reduce((c, s) => add(c, s.joins!), zero());
  const kinds = scores.reduce((c, s) => add(c, s.kinds), zero());
  const goldArticles = sum((s) => s.goldArticles);
  const titlesOk = sum((s) => s.titlesOk);
  const titlesMatched = sum((s) => s.titlesMatched);
  return {
    files: scores.length,
    goldArticles,
    art,
    para,
    joins,
    kinds,
    artF1: f1(art),
    paraF1: f1(para),
    joinF1: joinScores.length ? f1(joins) : null,
    kindsF1: f1(kinds),
    titles: goldArticles ? titlesOk / goldArticles : 1,
    titlesAmongMatched: titlesMatched ? titlesOk / titlesMatched : 1,
    contractFails: scores.filter((s) => s.contract.length).length,
    lost: sum((s) => s.lost),
    added: sum((s) => s.added),
    seconds: sum((s) => s.ms) / 1000,
  };
}

// ---------------------------------------------------------------- report

const fx = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
const cols = (cells: string[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

const METRICS: [string, (m: Summary) => string][] = [
  ['files', (m) => String(m.files)],
  ['gold articles', (m) => String(m.goldArticles)],
  ['article-start F1', (m) => fx(m.artF1)],
  ['paragraph-start F1', (m) => fx(m.paraF1)],
  ['join F1 (artifact breaks)', (m) => fx(m.joinF1)],
  ['titles exact', (m) => fx(m.titles)],
  ['kinds F1 (subhead/caption/credit)', (m) => fx(m.kindsF1)],
  ['characters lost / added', (m) => `${m.lost} / ${m.added}`],
  ['files failing the contract', (m) => String(m.contractFails)],
  ['engine seconds', (m) => m.seconds.toFixed(1)],
];

function printSplits(scores: FileScore[]) {
  const splits = [...new Set(scores.map((s) => s.split))].sort(
    (a, b) => SPLIT_NAMES.indexOf(a as never) - SPLIT_NAMES.indexOf(b as never),
  );
  const sums = splits.map((sp) => summary(scores.filter((s) => s.split === sp)));
  const widths = [34, ...splits.map(() => 15)];
  console.log(cols(['', ...splits], widths));
  for (const [label, get] of METRICS) console.log(cols([label, ...sums.map(get)], widths));
  const m = summary(scores);
  console.log(
    `\nlegend: F1 counts — article tp/fp/fn ${m.art.tp}/${m.art.fp}/${m.art.fn}, paragraph ${m.para.tp}/${m.para.fp}/${m.para.fn}, join ${m.joins.tp}/${m.joins.fp}/${m.joins.fn}, kinds ${m.kinds.tp}/${m.kinds.fp}/${m.kinds.fn}; titles right among matched articles ${fx(m.titlesAmongMatched)}`,
  );
}

function printLayouts(scores: FileScore[]) {
  const head = [
    'layout',
    'split',
    'files',
    'art F1',
    'para F1',
    'join F1',
    'titles',
    'kinds F1',
    'lost/added',
  ];
  const widths = [20, 6, 5, 7, 7, 7, 7, 8, 12];
  console.log('\nper layout (micro-averaged):');
  console.log(cols(head, widths));
  const groups = [...new Set(scores.map((s) => s.group))].sort();
  for (const g of groups) {
    const inGroup = scores.filter((s) => s.group === g);
    const splits = [...new Set(inGroup.map((s) => s.split))].sort(
      (a, b) => SPLIT_NAMES.indexOf(a as never) - SPLIT_NAMES.indexOf(b as never),
    );
    splits.forEach((sp, k) => {
      const m = summary(inGroup.filter((s) => s.split === sp));
      console.log(
        cols(
          [
            k ? '' : g,
            sp,
            String(m.files),
            fx(m.artF1),
            fx(m.paraF1),
            fx(m.joinF1),
            fx(m.titles),
            fx(m.kindsF1),
            `${m.lost}/${m.added}`,
          ],
          widths,
        ),
      );
    });
  }
}

// ---------------------------------------------------------------- main

type Options = {
  dir?: string;
  split?: string;
  layout?: string;
  only?: string;
  verbose: boolean;
  json: boolean;
  selfCheck: boolean;
  cli?: string;
  engine: string;
  corpus: string;
  out: string;
};

/** The options that take a value, and the flags; anything else is refused with the usage. */
const VALUE_OPTIONS = ['--dir', '--split', '--layout', '--only', '--engine', '--corpus', '--out'];
const FLAGS = ['--verbose', '--json', '--self-check', '--cli'];
const USAGE = `usage: npm run bench:accuracy -- [--split train|dev|test] [--layout NAME] [--only SUBSTRING]
         [--verbose] [--json] [--dir GOLD_DIR] [--engine SOURCE_DIR] [--cli [PATH]] [--self-check]
         [--corpus PATH] [--out DIR]
With no --split every split is scored, test included: fit on train, check on dev.`;

/**
 * The first argument that is no known option (a value's place skipped), or '--help': a mistyped or
 * unknown flag must not fall through to scoring every split, test included.
 */
export function unknownArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUE_OPTIONS.includes(a)) i++;
    else if (a === '--cli') {
      if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) i++;
    } else if (!FLAGS.includes(a)) return a;
  }
  return undefined;
}

function parse(argv: string[]): Options {
  const odd = unknownArgument(argv);
  if (odd !== undefined) {
    console.log(odd === '--help' || odd === '-h' ? USAGE : `unknown argument ${odd}\n${USAGE}`);
    process.exit(odd === '--help' || odd === '-h' ? 0 : 2);
  }
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const cliAt = argv.indexOf('--cli');
  const cliArg = cliAt >= 0 ? argv[cliAt + 1] : undefined;
  return {
    dir: opt('--dir'),
    split: opt('--split'),
    layout: opt('--layout'),
    only: opt('--only'),
    verbose: argv.includes('--verbose'),
    json: argv.includes('--json'),
    selfCheck: argv.includes('--self-check'),
    cli: cliAt < 0 ? undefined : resolve(cliArg && !cliArg.startsWith('--') ? cliArg : defaultCli(ROOT)),
    engine: resolve(opt('--engine') ?? ROOT),
    corpus: resolve(opt('--corpus') ?? DEFAULT_CORPUS),
    out: resolve(opt('--out') ?? DEFAULT_OUT),
  };
}

/** The folder to score: a hand-gold --dir, or the corpus cache (built first when missing). */
function folderToScore(o: Options): string | null {
  if (o.dir) return resolve(o.dir);
  if (isBuilt(o.corpus, o.out) || (!existsSync(o.corpus) && existsSync(join(o.out, 'manifest.json'))))
    return o.out;
  if (!existsSync(o.corpus)) {
    console.log(`corpus not found at ${o.corpus}: nothing to score (pass --corpus PATH or --dir DIR)`);
    return null;
  }
  const t0 = performance.now();
  const m = buildCorpus(o.corpus, o.out);
  console.error(
    `built ${m.files.length} corpus files in ${o.out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return o.out;
}

async function main() {
  const o = parse(process.argv.slice(2));
  const dir = folderToScore(o);
  if (!dir) return;
  let run: Runner;
  let engine: string;
  if (o.selfCheck) {
    run = goldRunner(goldPathOf);
    engine = 'the gold itself (self-check)';
  } else if (o.cli) {
    if (!existsSync(o.cli)) {
      console.error(`no built CLI at ${o.cli}: run \`npm run build\` first, or leave out --cli`);
      process.exitCode = 2;
      return;
    }
    run = cliRunner(o.cli);
    engine = `node ${o.cli} segment FILE --json`;
  } else {
    run = await inProcessRunner(o.engine);
    engine = `${o.engine}/main (decode + segment, in-process)`;
  }

  const t0 = performance.now();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.replace(/\.gold\.json$/, ''))
    .filter((n) => !o.only || n.includes(o.only))
    .sort();
  const scores: FileScore[] = [];
  for (const name of names) {
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
    if (o.split && (gold.split ?? 'hand') !== o.split) continue;
    if (o.layout && (gold.layoutKey ?? '') !== o.layout) continue;
    const path = join(dir, `${name}.txt`);
    const bytes = readFileSync(path);
    const t = performance.now();
    const { out, error } = await run(path, bytes);
    const ms = performance.now() - t;
    const s = scoreFile(name, bytes, gold, out, error, o.verbose || o.json);
    s.ms = ms;
    scores.push(s);
  }
  const wall = (performance.now() - t0) / 1000;

  if (o.json) {
    console.log(
      JSON.stringify({ engine, dir, seconds: wall, files: scores, overall: summary(scores) }, null, 1),
    );
    return;
  }
  console.log(`Segmentation accuracy — ${dir === o.out ? `corpus ${dir}` : `hand gold ${dir}`}`);
  console.log(`engine: ${engine}`);
  if (!o.dir) console.log(`layouts: ${LAYOUT_NAMES.join(', ')}`);
  console.log(`scored ${scores.length} files in ${wall.toFixed(1)} s\n`);
  printSplits(scores);
  printLayouts(scores);
  const failed = scores.filter((s) => s.contract.length);
  if (failed.length) {
    console.log('\ncontract problems:');
    for (const s of failed.slice(0, 20))
      for (const p of s.contract.slice(0, 2)) console.log(`  ${s.name}: ${p}`);
  }
  if (o.verbose)
    for (const s of scores) {
      if (!s.misses.length) continue;
      console.log(`\n${basename(s.name)}:`);
      for (const x of s.misses) console.log(`  ${x}`);
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
