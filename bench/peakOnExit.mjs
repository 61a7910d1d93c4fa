// Preloaded (`node --import ./bench/peakOnExit.mjs …`) into a process the memory benchmark measures:
// prints the process's peak resident set and its size at start on stderr as it exits. Plain JS, so
// the measured process runs exactly the shipped code and nothing else.
const baselineBytes = process.resourceUsage().maxRSS * 1024;
process.on('exit', () => {
  const peakBytes = process.resourceUsage().maxRSS * 1024;
  process.stderr.write(`\nCOPYDESK_PEAK ${JSON.stringify({ baselineBytes, peakBytes })}\n`);
});
