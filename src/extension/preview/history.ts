import type * as vscode from 'vscode';
import type { CycleKpis } from '../../core/preview/history';

/**
 * Earlier cycles of the same person as the review at `uri`, newest first. The cycle-comparison
 * feature supplies it (services.history `kpiHistory`);
 * with none, the preview says there is no history yet.
 */
export type HistoryProvider = (uri: vscode.Uri) => Promise<CycleKpis[]>;
