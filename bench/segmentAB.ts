/**
 * Two engines timed alternately on the same generated issue, for a speed change that must be told
 * from the machine's noise (a 2-core VM shared with other work wanders by a third from run to run):
 *
 *   node --import tsx bench/segmentAB.ts A_DIR B_DIR [MB] [ROUNDS]
 *
 * A_DIR and B_DIR hold main/, common/ and preload/ (a checkout, a worktree or `git archive REV main
 * common preload | tar -x -C DIR`); each is bundled as the app ships it (builtEngine.ts). Each round
 * times segmentText once with each engine, in alternating order (whichever runs second also pays
 * for the garbage the first left), as CPU time of this process. Printed: both engines' times and the
 * median of the per-round ratios B/A (below 1: B is faster). Defaults: 20 MB, 15 rounds.
 */
import { builtEngine } from './builtEngine';
import { generate, median, time as cpuSeconds } from './segmentBench';

const [dirA, dirB, mbArg, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: segmentAB.ts A_DIR B_DIR [MB] [ROUNDS]');
  process.exit(2);
}
const a = (await builtEngine(dirA)).segmentText;
const b = (await builtEngine(dirB)).segmentText;
const text = generate(Number(mbArg ?? 20));
const rounds = Number(roundsArg ?? 15);
// Once each first: the first call also pays V8's compilation.
a(text);
b(text);
const ta: number[] = [];
const tb: number[] = [];
for (let r = 0; r < rounds; r++) {
  if (r % 2 === 0) {
    ta.push(cpuSeconds(() => a(text)));
    tb.push(cpuSeconds(() => b(text)));
  } else {
    tb.push(cpuSeconds(() => b(text)));
    ta.push(cpuSeconds(() => a(text)));
  }
}
const ratios = ta.map((t, i) => tb[i]! / t);
const list = (v: number[]) => v.map((x) => x.toFixed(2)).join(' ');
console.log(`A ${list(ta)}: median ${median(ta).toFixed(3)} s CPU`);
console.log(`B ${list(tb)}: median ${median(tb).toFixed(3)} s CPU`);
console.log(
  `B/A per round ${ratios.map((x) => x.toFixed(3)).join(' ')}: median ${median(ratios).toFixed(3)}`,
);
