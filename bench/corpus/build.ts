/**
 * Renders the People's Daily corpus into whole-issue dump files with automatic gold (README.md here).
 *
 *   node --import tsx bench/corpus/build.ts [--corpus PATH] [--out DIR] [--force]
 *
 * Default corpus: <repo>/../shared/corpus/pd-articles.jsonl.gz; default out: <repo>/.cache/corpus
 * (git-ignored: generated text from a public collection is never committed). Deterministic: the seed of a
 * file is its day and layout. Writes DAY-LAYOUT.txt + DAY-LAYOUT.gold.json per day and layout, and
 * manifest.json last (its presence means the build finished).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encode, pickEncoding } from './encode';
import type { Gold } from './goldFormat';
import { LAYOUTS } from './layouts';
import { issueOf, type HeaderStyle } from './model';
import { rngFor } from './prng';
import { DEFAULT_CORPUS, readDays } from './readCorpus';
import { render } from './render';
import { splitOf } from './splits';

/** Bump when the rendering changes, so a stale cache is rebuilt. */
export const BUILDER_VERSION = 5;
export const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '.cache', 'corpus');

export type Manifest = {
  builderVersion: number;
  corpus: { path: string; bytes: number; mtimeMs: number };
  files: { name: string; split: string; date: string; layout: string; encoding: string; eol: string }[];
};

/** Page-header styles by share: most dumps keep a 版次 line of some kind. */
const HEADERS: HeaderStyle[] = ['page', 'page', 'full', 'full', 'date+page', 'none'];

export function manifestPath(out: string) {
  return join(out, 'manifest.json');
}

/** True when `out` holds a finished build of this builder version from this corpus file. */
export function isBuilt(corpus: string, out: string): boolean {
  const path = manifestPath(out);
  if (!existsSync(path)) return false;
  const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const st = statSync(corpus);
  return m.builderVersion === BUILDER_VERSION && m.corpus.bytes === st.size;
}

/** One file: the day in one layout, with its gold. Pure apart from reading nothing: used by the tests too. */
export function renderIssue(day: Parameters<typeof issueOf>[0], layoutName: string) {
  const layout = LAYOUTS.find((l) => l.name === layoutName);
  if (!layout) throw new Error(`no layout ${layoutName}`);
  const rng = rngFor(`${day.date}/${layout.name}`);
  const { encoding, eol } = pickEncoding(rng);
  const items = issueOf(day, rng.pick(HEADERS), rng);
  // its own stream, so that drawing it leaves every other draw of the file as in builder version 2
  const halfwidth = rngFor(`${day.date}/${layout.name}/punctuation`).chance(layout.halfwidthRate);
  const { lines, gold } = render(items, layout, rng, halfwidth);
  const full: Gold = { ...gold, encoding, eol, split: splitOf(day.date) ?? undefined, date: day.date };
  return { bytes: encode(lines, encoding, eol), gold: full };
}

export function buildCorpus(corpus: string, out: string, log: (s: string) => void = () => {}): Manifest {
  const days = readDays(corpus).filter((d) => splitOf(d.date));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files: Manifest['files'] = [];
  for (const day of days) {
    for (const layout of LAYOUTS) {
      const name = `${day.date}-${layout.name}`;
      const { bytes, gold } = renderIssue(day, layout.name);
      writeFileSync(join(out, `${name}.txt`), bytes);
      writeFileSync(join(out, `${name}.gold.json`), JSON.stringify(gold));
      files.push({
        name,
        split: gold.split!,
        date: day.date,
        layout: layout.name,
        encoding: gold.encoding,
        eol: gold.eol!,
      });
    }
    log(`${day.date}: ${LAYOUTS.length} files`);
  }
  const st = statSync(corpus);
  const manifest: Manifest = {
    builderVersion: BUILDER_VERSION,
    corpus: { path: corpus, bytes: st.size, mtimeMs: st.mtimeMs },
    files,
  };
  writeFileSync(manifestPath(out), JSON.stringify(manifest, null, 1));
  return manifest;
}

function main() {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = resolve(opt('--corpus') ?? DEFAULT_CORPUS);
  const out = resolve(opt('--out') ?? DEFAULT_OUT);
  if (!existsSync(corpus)) {
    console.log(`corpus not found at ${corpus}: nothing built (pass --corpus PATH)`);
    return;
  }
  if (!argv.includes('--force') && isBuilt(corpus, out)) {
    console.log(`corpus already built in ${out} (--force to rebuild)`);
    return;
  }
  const t0 = performance.now();
  const m = buildCorpus(corpus, out);
  console.log(`${m.files.length} issue files in ${out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
