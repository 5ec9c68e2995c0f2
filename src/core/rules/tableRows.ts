import type { TextBlock } from '../model';

/**
 * The table cells among `blocks`, row by row (the cells of one line, in order): a row read whole says what its
 * cells say apart (| 上架准确率 | 99.5% | 99.8% | ✅ |).
 */
export function tableRows(blocks: readonly TextBlock[]): TextBlock[][] {
  const rows = new Map<number, TextBlock[]>();
  for (const block of blocks) {
    if (block.kind !== 'tableCell') continue;
    const line = block.range.start.line;
    const row = rows.get(line);
    if (row) row.push(block);
    else rows.set(line, [block]);
  }
  return [...rows.values()];
}
