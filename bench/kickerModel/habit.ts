/**
 * Per-file diagnostic of the run-on kicker habit (main/segment/rules/titles/kickerInLine.ts) on the
 * TRAIN split: for every train file of every layout, the title lines as the line rules before the
 * habit leave them, the kickers run on inside a line (`runOn`) and set apart on a line of their own
 * (`setApart`), the habit's answer and whether the layout really runs kickers on (its gold prints
 * kicker and headline on one line: `tongzhou`). `margin`: how many run-on kickers the file could
 * lose (or, for a file that sets them apart, gain) before the answer turns; the habit is only as
 * sure as the smallest margin. A file the habit gets wrong is marked `WRONG`.
 *
 *   node --import tsx bench/kickerModel/habit.ts [--corpus-dir .cache/corpus] [--layout NAME]
 *
 * Reads train files only (the corpus's other splits are never opened here).
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../main/decode/decodeBytes';
import { detectLayout } from '../../main/segment/layout';
import { splitLines } from '../../main/segment/lines';
import { LINE_RULES, PRE_LAYOUT_RULES } from '../../main/segment/rules';
import { habitOf, runOnHabit, type HabitCounts } from '../../main/segment/rules/titles/kickerInLine';
import { corpusDir, trainFiles } from '../trainFiles';

const at = process.argv.indexOf('--layout');
const only = at > 0 ? process.argv[at + 1] : undefined;
const STOP = LINE_RULES.findIndex((r) => r.name === 'title.kickerInLine');

/**
 * How many lead-ins run on the file could lose (`runsOn`) or gain before the habit's answer turns:
 * each taken from (or added to) both the sure lead-ins and all kickers run on.
 */
function margin(c: HabitCounts, runsOn: boolean): number {
  const step = runsOn ? -1 : 1;
  let k = 0;
  while (k < 100) {
    const d = step * (k + 1);
    if (habitOf({ ...c, found: Math.max(0, c.found + d), runOn: Math.max(0, c.runOn + d) }) !== runsOn) break;
    k++;
  }
  return k;
}

let wrong = 0;
const pad = (v: unknown, n: number) => String(v).padStart(n);
console.log('file                            titles runOn setApart  habit  gold  margin  kickers');
for (const { name, path, gold } of trainFiles(corpusDir())) {
  if (only && gold.layoutKey !== only) continue;
  const { text } = decodeBytes(readFileSync(path), path);
  const lines = splitLines(text);
  for (const rule of PRE_LAYOUT_RULES) rule.apply(lines);
  const layout = detectLayout(lines);
  for (const rule of LINE_RULES.slice(0, STOP)) rule.apply(lines, layout);
  const habit = runOnHabit(lines);
  const titles = habit.found.length + habit.endsAt.length + habit.others.length;
  const runsOn = gold.layoutKey === 'tongzhou';
  const counts = {
    found: habit.found.length,
    ending: habit.endsAt.length,
    runOn: habit.runOn,
    setApart: habit.setApart,
    titles,
  };
  const kickers = gold.articles.filter((a) => a.kicker).length;
  const bad = habit.runsOn !== runsOn;
  if (bad) wrong++;
  console.log(
    `${name.padEnd(30)}${pad(titles, 8)}${pad(habit.runOn, 6)}${pad(habit.setApart, 9)}${pad(habit.runsOn, 7)}${pad(runsOn, 6)}${pad(bad ? '-' : margin(counts, runsOn), 8)}${pad(kickers, 9)}${bad ? '  WRONG' : ''}`,
  );
}
console.log(`${wrong} files wrong`);
