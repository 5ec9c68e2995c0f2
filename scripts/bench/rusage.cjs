// Preloaded (`node --require`) into each command the bench times: on exit, writes the process's own resource
// usage (CPU of all its threads, peak RSS) as JSON to the file named by MDREVIEW_BENCH_RUSAGE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  writeFileSync(process.env.MDREVIEW_BENCH_RUSAGE, JSON.stringify({ cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssKb: maxRSS }));
});
