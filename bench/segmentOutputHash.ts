/**
 * One hash of everything the segmenter says about the corpus's train issues, to prove a speed change
 * decision-identical down to the last provenance field (segmentSnapshot.ts leaves those out; this
 * does not):
 *
 *   node --import tsx bench/segmentOutputHash.ts [--split train|dev] [--corpus-dir DIR] [--layouts a,b]
 *
 * `--layouts` hashes those layouts only: the six of builder version 3
 * (`tongzhou,indent,blank,line,wrap,runon`) still hash as they did before version 4 added `column`.
 *
 * Each issue is decoded and segmented twice: once plainly, hashing the JSON of the whole output
 * (articles, preamble, repairs with their evidence and provenance), and once with an explain sink,
 * hashing every explain entry in order (`copydesk segment --explain`). Printed: the number of files
 * and the SHA-256 over all of them; run before and after a change and compare the two lines.
 * Nothing corpus-derived is written anywhere.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../main/decode/decodeBytes';
import type { ExplainEntry } from '../main/segment/explain/sink';
import { segmentText } from '../main/segment/segmentText';
import { corpusDir } from './trainFiles';

const argv = process.argv;
const splitAt = argv.indexOf('--split');
const split = splitAt > 0 ? argv[splitAt + 1]! : 'train';
if (split === 'test') {
  console.error('segmentOutputHash: the test split is never read here');
  process.exit(2);
}
const dir = corpusDir(argv);
const layoutsAt = argv.indexOf('--layouts');
const layouts = layoutsAt > 0 ? new Set(argv[layoutsAt + 1]!.split(',')) : null;

const all = createHash('sha256');
let files = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/u, '.gold.json')), 'utf8')) as {
    split: string;
    layoutKey?: string;
  };
  if (gold.split !== split || (layouts && !layouts.has(gold.layoutKey ?? ''))) continue;
  const path = join(dir, name);
  const { text } = decodeBytes(readFileSync(path), path);
  const entries: ExplainEntry[] = [];
  const plain = JSON.stringify(segmentText(text));
  const explained = JSON.stringify(segmentText(text, { explain: (e) => entries.push(e) }));
  all.update(name).update('\0').update(plain).update('\0').update(explained).update('\0');
  all.update(JSON.stringify(entries)).update('\0');
  files++;
}
console.log(`${split}: ${files} files, output sha256 ${all.digest('hex')}`);
