import type { Formatter } from './types';

/** For machines: `[{"file", "findings": [{ruleId, severity, message, line, column, endLine, endColumn, data?}]}]`. */
export const json: Formatter = (reports) => `${JSON.stringify(reports)}\n`;
