/* global process */
// Preloaded into a benchmarked process (node --require): prints its peak
// resident memory and CPU time on exit, so the bench reads the real CLI's
// numbers from outside (wall time alone swings with the machine's load).
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\npeak-rss-kb ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
