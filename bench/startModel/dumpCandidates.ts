/**
 * Writes every candidate the article-start scorer (main/segment/rules/articles/startScorer.ts) is
 * asked about in the TRAIN files of some layouts to a JSON file, one record per candidate: its file
 * and line, its text, single line or stack, the gold label (a gold article starts there), the
 * scorer's probability under the committed weights, its features by name, and the story above as the
 * scorer saw it (headline, kicker, crossheads, the paragraphs since the last crosshead and how many of
 * them end a sentence). For weighing a new signal offline in seconds (fit its weight with the
 * scorer's score as a fixed offset) before adding it to the scorer and fitting it for real
 * (train.ts --only). Train only: dev and test are checked by their whole-split figures.
 *
 *   node --import tsx bench/startModel/dumpCandidates.ts [--layout line,tongzhou] [--out FILE]
 *                                                         [--by-rules] [--corpus-dir DIR]
 *
 * The candidates are recorded as the committed weights decide them (the scorer's starts taken, as in
 * a real run); `--by-rules` records them as train.ts does by default (the hand rules decide).
 */
import { writeFileSync } from 'node:fs';
import { endsSentence } from '../../common/text';
import { segmentText } from '../../main/segment/segmentText';
import {
  STACK_FEATURES,
  START_FEATURES,
  recordStartFeatures,
  startScore,
} from '../../main/segment/rules/articles/startScorer';
import { START_STACK_WEIGHTS } from '../../main/segment/rules/articles/startScorerWeights';
import { logistic } from '../../main/segment/rules/linearModel';
import { corpusDir, trainFiles } from '../trainFiles';
import { articleStartLines } from './labels';

const argv = process.argv;
const opt = (name: string) => (argv.indexOf(name) > 0 ? argv[argv.indexOf(name) + 1] : undefined);
const layouts = (opt('--layout') ?? 'line,tongzhou').split(',').filter(Boolean);
const out = opt('--out') ?? 'start-candidates.json';
const byRules = argv.includes('--by-rules');

interface CandidateRecord {
  file: string;
  line: number;
  text: string;
  stack: boolean;
  start: boolean;
  probability: number;
  features: Record<string, number>;
  headline: string | null;
  kicker: string | null;
  crossheads: string[];
  paragraphsSinceCrosshead: number;
  finishedSinceCrosshead: number;
}

const records: CandidateRecord[] = [];
for (const layout of layouts)
  for (const { name, path, gold } of trainFiles(corpusDir(), `-${layout}.txt`)) {
    const { text, starts } = articleStartLines(path, gold);
    recordStartFeatures((line, x, stack, c) => {
      const blocks = c.b.current?.blocks ?? [];
      let paragraphs = 0;
      let finished = 0;
      for (let k = blocks.length - 1; k >= 0 && blocks[k]!.kind !== 'subhead'; k--) {
        if (blocks[k]!.kind !== 'paragraph') continue;
        paragraphs++;
        if (endsSentence(blocks[k]!.text)) finished++;
      }
      const names = stack ? STACK_FEATURES : START_FEATURES;
      records.push({
        file: name,
        line: line.no,
        text: line.body.trim(),
        stack,
        start: starts.has(line.no),
        probability: stack ? logistic(startScore(x, START_STACK_WEIGHTS)) : logistic(startScore(x)),
        features: Object.fromEntries(names.map((f, i) => [f, x[i]!])),
        headline: c.b.current?.headline ?? null,
        kicker: c.b.current?.kicker ?? null,
        crossheads: blocks.filter((b) => b.kind === 'subhead').map((b) => b.text),
        paragraphsSinceCrosshead: paragraphs,
        finishedSinceCrosshead: finished,
      });
    }, byRules);
    segmentText(text);
    recordStartFeatures(null);
  }
writeFileSync(out, JSON.stringify(records));
console.log(`${records.length} candidates of ${layouts.join(', ')} (train) written to ${out}`);
