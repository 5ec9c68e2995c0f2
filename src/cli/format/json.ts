import { escapeControlsInJson } from '../../core/text/controls';
import type { Formatter } from './types';

/** For machines: `[{"file", "findings": [{ruleId, severity, message, line, column, endLine, endColumn, data?}]}]`. */
export const json: Formatter = (reports) => `${escapeControlsInJson(JSON.stringify(reports))}\n`;
