/**
 * `npm run bench`: every benchmark, printing its figures. Aims are printed beside the figures,
 * never asserted: speed is measured here, not in the tests. `npm run bench -- segment` runs one.
 */
import { benchSegment } from './segmentBench';
import { benchStore } from './storeBench';
import { benchExport } from './exportBench';
import { benchUi } from './uiBench';
import { benchMemory } from './memoryBench';

type Bench = { name: string; run: () => Promise<void> };

const benches: Bench[] = [
  { name: 'segment', run: benchSegment },
  { name: 'store', run: benchStore },
  { name: 'export', run: benchExport },
  { name: 'ui', run: benchUi },
  { name: 'memory', run: () => benchMemory() },
];

const only = process.argv.slice(2);
for (const bench of benches) {
  if (only.length && !only.includes(bench.name)) continue;
  console.log(`\n== ${bench.name} ==`);
  await bench.run();
}
