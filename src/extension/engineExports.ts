// Everything the extension uses from src/core at run time. esbuild.mjs bundles it as dist/engine.js,
// which engine.ts requires on first use: activation never parses the engine.
export { compareCycles, cycleOf, localDay, nextCycle, normalizeCycleId, parseCycle } from '../core/cycles/cycle';
export { lintDocument } from '../core/lint/lint';
export { parse } from '../core/parse/parse';
export { ruleDocPath } from '../core/rules/registry';
export { reviewPath } from '../core/scaffold/reviewPath';
export { newReviewTemplate, scaffoldNewReview, suggestedCycle } from '../core/scaffold/newReview';
export { TemplateRegistry } from '../core/templates/template';
export { addTemplateAlias } from '../core/templates/templateAlias';
export { diffReviews, trendOf } from '../core/history/diff';
export { formatDiff } from '../core/history/formatDiff';
export { findOwner } from '../core/language/owners';
export { comparisonView } from '../core/history/comparisonView';
export { formatDelta, formatValue } from '../core/preview/format';
export { matchKpis } from '../core/history/kpiMatch';
export { cyclesInHistory } from '../core/history/previousInHistory';
export { ReviewIndex } from '../core/history/reviewIndex';
export { buildPreviewModel, emptyModel } from '../core/preview/buildModel';
export { Workspace } from '../core/workspace/workspace';
export { placedSummary, summarizeReview } from '../core/report/summary';
export { buildCycleReport } from '../core/report/cycleReport';
export { reportCsv } from '../core/report/csv';
export { reportHtml } from '../core/report/html';
export { lintInWorkspace } from '../core/workspace/lintInWorkspace';
export { describeImport, importKpiData } from '../core/import/importKpiData';
export { LABEL_ROLES } from '../core/import/columnMapping';
export { columnsToSave, withImportColumns } from '../core/config/importColumns';
export { kpiTable } from '../core/scaffold/kpiTable';
