/**
 * Lists the article starts the segmenter misses or invents in the TRAIN files of one layout, each with
 * the lines around it and the decisions the rules noted on the line (as `--explain` prints them),
 * then counts the misses by family: missed or invented, and the rule that decided the line. Meant
 * for sorting the start errors into families before changing a rule; train only (dev and test are
 * checked by their aggregate figures, never read miss by miss).
 *
 *   node --import tsx bench/startModel/misses.ts [--layout line] [--corpus-dir .cache/corpus] [--counts]
 *
 * `--counts` prints the family counts alone. The gold starts are bench/startModel/labels.ts's; a
 * line starts a story in the segmenter's reading when a decision `article.start` is noted on it.
 */
import { corpusDir, trainFiles } from '../trainFiles';
import { segmentText } from '../../main/segment/segmentText';
import type { ExplainEntry } from '../../main/segment/explain/sink';
import { articleStartLines } from './labels';

const argv = process.argv;
const at = argv.indexOf('--layout');
const layout = at > 0 ? argv[at + 1]! : 'line';
const countsOnly = argv.includes('--counts');
/** Lines shown above and below each miss. */
const CONTEXT_LINES = 3;
/** Characters of a line shown. */
const SHOWN_CHARS = 60;
/** Characters of a decision's evidence shown. */
const EVIDENCE_CHARS = 80;

/** The decision that names a miss's family: the start taken, or what the line was read as instead. */
const FAMILY_DECISIONS = ['article.start', 'subhead', 'paragraph', 'not a title', 'title.'];

function family(notes: readonly ExplainEntry[]): string {
  for (const d of FAMILY_DECISIONS) {
    const hit = notes.find((n) => n.decision.startsWith(d));
    if (hit) return `${hit.decision}/${hit.rule}`;
  }
  return notes[0] ? `${notes[0].decision}/${notes[0].rule}` : 'no decision';
}

const counts = new Map<string, number>();
let files = 0;
for (const { name, path, gold } of trainFiles(corpusDir(), `-${layout}.txt`)) {
  files++;
  const { text, starts } = articleStartLines(path, gold);
  const notes = new Map<number, ExplainEntry[]>();
  const taken = new Set<number>();
  segmentText(text, {
    explain: (e) => {
      if (e.decision === 'article.start') taken.add(e.line);
      const list = notes.get(e.line);
      if (list) list.push(e);
      else notes.set(e.line, [e]);
    },
  });
  const lines = text.split('\n');
  const show = (no: number, kind: 'missed' | 'invented') => {
    const key = `${kind} ${family(notes.get(no) ?? [])}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (countsOnly) return;
    console.log(`== ${name}:${no} ${kind}`);
    for (let k = Math.max(1, no - CONTEXT_LINES); k <= Math.min(lines.length, no + CONTEXT_LINES); k++) {
      const body = lines[k - 1]!.trim();
      if (!body) continue;
      const marks = `${k === no ? '>>' : '  '}${starts.has(k) ? 'G' : ' '}${taken.has(k) ? 'S' : ' '}`;
      console.log(`${marks}${String(body.length).padStart(4)} ${body.slice(0, SHOWN_CHARS)}`);
      if (k !== no && k !== no + 1) continue;
      for (const n of notes.get(k) ?? []) {
        const evidence = n.evidence ? ` [${n.evidence.slice(0, EVIDENCE_CHARS)}]` : '';
        console.log(`         ${n.decision}/${n.rule}${evidence}`);
      }
    }
  };
  for (const no of starts) if (!taken.has(no)) show(no, 'missed');
  for (const no of taken) if (!starts.has(no)) show(no, 'invented');
}
if (files === 0) {
  console.log(`no train files of layout ${layout} in ${corpusDir()}: build the corpus first`);
  process.exit(0);
}
console.log(`\n${files} train files, layout ${layout} (G: gold start, S: the segmenter's start)`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  console.log(`${String(n).padStart(4)}  ${key}`);
