// Everything the extension uses from src/core at run time; loaded lazily through engine.ts.
export { parseConfig, CONFIG_FILE_NAMES } from '../core/config/config';
export { compareCycles, cycleOf, nextCycle, normalizeCycleId, parseCycle } from '../core/cycles/cycle';
export { lintDocument } from '../core/lint/lint';
export { parse } from '../core/parse/parse';
export { ruleDocPath } from '../core/rules/registry';
export { reviewPath } from '../core/scaffold/reviewPath';
export { scaffoldNewReview } from '../core/scaffold/newReview';
export { TemplateRegistry } from '../core/templates/template';
