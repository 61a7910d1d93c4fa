/**
 * One import for the memory benchmark, in its own process so its peak is its own: imports the
 * file argv[2] into a fresh library at argv[3], then prints one JSON line with the outcome, the
 * peak resident set (maxRSS) and the time taken.
 */
import { openLibrary } from '../main/store/openLibrary';

const [file, store] = process.argv.slice(2) as [string, string];
const started = performance.now();
const baseline = process.resourceUsage().maxRSS * 1024;
const library = await openLibrary(store);
const [result] = await library.importPaths([file]);
await library.close();
process.stdout.write(
  `${JSON.stringify({
    outcome: result?.outcome,
    error: result?.error?.message,
    articles: result?.articleCount,
    baselineBytes: baseline,
    peakBytes: process.resourceUsage().maxRSS * 1024,
    ms: Math.round(performance.now() - started),
  })}\n`,
);
