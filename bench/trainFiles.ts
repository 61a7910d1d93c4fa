/**
 * What every model trainer under bench/ reads (joinModel, kickerModel, startModel): the project root,
 * where it writes its weights; the corpus folder (`--corpus-dir`, else the one bench:accuracy builds);
 * and that folder's TRAIN files only, in name order (the order keeps a fit deterministic).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT } from './corpus/build';
import type { Gold } from './corpus/goldFormat';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus folder a trainer reads: `--corpus-dir DIR` or the built corpus. */
export function corpusDir(argv: readonly string[] = process.argv): string {
  const at = argv.indexOf('--corpus-dir');
  return at > 0 ? resolve(argv[at + 1]!) : DEFAULT_OUT;
}

/** One train issue of the corpus: its file name (`….txt`), path and gold. */
export interface TrainFile {
  name: string;
  path: string;
  gold: Gold;
}

/** The train issues of `dir` whose name ends with `ending` (e.g. `-tongzhou.txt`), in name order. */
export function* trainFiles(dir: string, ending = '.txt'): Generator<TrainFile> {
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(ending) && n.endsWith('.txt'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    if (gold.split === 'train') yield { name, path: join(dir, name), gold };
  }
}
