// Bundled by scripts/bench/report.mjs: the core work behind the Team Overview, for in-process timings.
export { lint, lintDocument } from '../../src/core/lint/lint';
export { parse, parseLazily } from '../../src/core/parse/parse';
export { placedSummary, summarizeReview } from '../../src/core/report/summary';
export { looksLikeReview, sniffCycle, sniffEmployee, sniffStatus } from '../../src/core/workspace/sniff';
export { buildCycleReport } from '../../src/core/report/cycleReport';
