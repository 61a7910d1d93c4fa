/**
 * Segmentation accuracy on the SECOND held-out corpus (tests/fixtures/eval2/): files nobody has tuned the
 * engine on. Same metrics, same scorer: this only runs bench/segmentAccuracy.ts with `--dir` pointing at
 * eval2 (any other option is passed through unchanged; an explicit --dir wins).
 *
 *   node --import tsx tests/fixtures/eval2/build.ts         # renders eval2 from its sources, checks every gold
 *   node --import tsx bench/segmentAccuracy2.ts             # scores main/ in-process (--cli for the built CLI)
 *   node --import tsx bench/segmentAccuracy2.ts --verbose   # ... and lists every miss
 *   node --import tsx bench/segmentAccuracy2.ts --self-check
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (!args.includes('--dir')) args.push('--dir', join(here, '..', 'tests', 'fixtures', 'eval2'));
const res = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'segmentAccuracy.ts'), ...args], {
  stdio: 'inherit',
});
process.exitCode = res.status ?? 1;
