// Bundled by scripts/bench/report.mjs: the core work behind the Team Overview, for in-process timings.
export { lint, lintDocument } from '../../src/core/lint/lint';
export { parse } from '../../src/core/parse/parse';
export { summarizeReview } from '../../src/core/report/summary';
export { buildCycleReport } from '../../src/core/report/cycleReport';
