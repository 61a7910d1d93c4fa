/**
 * Two engines profiled alternately in one process, for a change to one function that the whole
 * pass's CPU time (segmentAB.ts) cannot tell from the machine's noise:
 *
 *   node --import tsx bench/segmentABProfile.ts A_DIR B_DIR [MB] [ROUNDS] [FUNCTION…]
 *
 * A_DIR and B_DIR are as for segmentAB.ts (each bundled as the app ships it: builtEngine.ts). Each
 * round segments one generated issue with each engine, in alternating order, under V8's sampling
 * profiler; the samples are split by the bundle they fall in, so load on a shared machine weighs on
 * both engines alike. Printed per engine: its CPU seconds, its samples and, for each FUNCTION named
 * (as the bundle names it: `sync`, `countLine`…), the share of the engine's samples spent in the
 * function's own code (what V8 inlined into it included). Run it both ways round, as segmentAB.
 * Defaults: 20 MB, 8 rounds.
 */
import { Session } from 'node:inspector/promises';
import { builtEngine } from './builtEngine';
import { generate, time as cpuSeconds } from './segmentBench';

/** Microseconds between samples: about 2,500 samples per engine per 20 MB segmented. */
const SAMPLE_INTERVAL_US = 250;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

const [dirA, dirB, mbArg, roundsArg, ...names] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: segmentABProfile.ts A_DIR B_DIR [MB] [ROUNDS] [FUNCTION…]');
  process.exit(2);
}
const a = (await builtEngine(dirA)).segmentText;
const b = (await builtEngine(dirB)).segmentText;
const text = generate(Number(mbArg ?? 20));
const rounds = Number(roundsArg ?? 8);
// Once each first: the first call also pays V8's compilation.
a(text);
b(text);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_INTERVAL_US });
await session.post('Profiler.start');
const seconds = [0, 0];
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const e of order) seconds[e]! += cpuSeconds(() => (e === 0 ? a : b)(text));
}
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Each engine is a bundle of its own (builtEngine's folder `engine-<pid>-<n>`, n = 0 for A, 1 for B).
const perNode = new Map<number, number>();
for (const id of profile.samples ?? []) perNode.set(id, (perNode.get(id) ?? 0) + 1);
const samples = [new Map<string, number>(), new Map<string, number>()];
const totals = [0, 0];
for (const node of profile.nodes as ProfileNode[]) {
  const n = perNode.get(node.id) ?? 0;
  const engine = /engine-\d+-(\d+)/u.exec(node.callFrame.url)?.[1];
  if (n === 0 || engine === undefined) continue;
  const e = Number(engine) % 2;
  totals[e]! += n;
  const name = node.callFrame.functionName;
  samples[e]!.set(name, (samples[e]!.get(name) ?? 0) + n);
}
for (const e of [0, 1]) {
  const shares = names.map((name) => {
    const share = (100 * (samples[e]!.get(name) ?? 0)) / Math.max(1, totals[e]!);
    return `${name} ${share.toFixed(2)}%`;
  });
  console.log(
    `${e === 0 ? 'A' : 'B'} ${seconds[e]!.toFixed(2)} s CPU, ${totals[e]} samples${shares.length ? `: ${shares.join(', ')}` : ''}`,
  );
}
