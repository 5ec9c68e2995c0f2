// What the compare features use from src/core at run time; loaded on first use through loadCompareEngine().
export { diffReviews, trendOf } from '../../core/history/diff';
export { formatDiff, formatNumber } from '../../core/history/formatDiff';
export { matchKpis } from '../../core/history/kpiMatch';
export { cyclesInHistory } from '../../core/history/previousInHistory';
export { ReviewIndex } from '../../core/history/reviewIndex';
export { compareCycles } from '../../core/cycles/cycle';
