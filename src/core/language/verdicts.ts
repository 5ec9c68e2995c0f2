// The verdict cell of a KPI table row: | 互动率 | 5.5% | 5.1% | 达标 |, | Forecast error | ≤ 10% | 12.5% | Met |.
import type { TextBlock } from '../model';

const MET = /^(?:✅|✔️?|☑️?|👍|达标|已达标|达成|已达成|完成|已完成|met|achieved|on target|hit|yes)$/iu;
const MISSED = /^(?:❌|✗|✘|✖️?|👎|未达标|不达标|未达成|未完成|missed|not met|below target|short|no)$/iu;

/** A cell's text without its pipes and padding. */
export const cellText = (cell: TextBlock): string => cell.text.replace(/^\s*\|?\s*|\s*\|?\s*$/gu, '');

/** The row's verdict cell (the last one that says met or missed, after the first cell) and what it says. */
export function rowVerdict(cells: readonly TextBlock[]): { cell: TextBlock; said: string; kind: 'met' | 'missed' } | undefined {
  for (const cell of cells.slice(1).reverse()) {
    const said = cellText(cell);
    if (MET.test(said)) return { cell, said, kind: 'met' };
    if (MISSED.test(said)) return { cell, said, kind: 'missed' };
  }
  return undefined;
}
