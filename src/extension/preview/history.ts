import type * as vscode from 'vscode';
import type { CycleKpis } from '../../core/preview/history';

/**
 * Earlier cycles of the same person as the review at `uri`, newest first. The cycle-comparison
 * work supplies the real one; until then the preview gets none and says there is no history yet.
 */
export type HistoryProvider = (uri: vscode.Uri) => Promise<CycleKpis[]>;

export const noHistory: HistoryProvider = async () => [];
