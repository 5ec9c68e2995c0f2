import type { Kpi, KpiSession, Range } from '../model';
import { kpiAggregate } from './aggregate';
import { attainment } from './attainment';
import { parseQuantity } from './quantity';

type RangeOf = (path: readonly (string | number)[], part?: 'key' | 'value') => Range | undefined;

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/**
 * Reads the `kpis:` list of the frontmatter. Entries that are not mappings are kept with what can be
 * read, so the `frontmatter` and `kpi-invalid` rules can point at them.
 */
export function readKpis(data: Record<string, unknown> | undefined, rangeOf: RangeOf): Kpi[] {
  const list = data?.kpis;
  if (!Array.isArray(list)) return [];
  return list.map((entry, index): Kpi => {
    const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const at = (key: string) => rangeOf(['kpis', index, key]);
    const better = String(e.better ?? '').toLowerCase() === 'lower' ? 'lower' : 'higher';
    const target = parseQuantity(e.target);
    const actual = parseQuantity(e.actual);
    const sessions: KpiSession[] = Array.isArray(e.sessions)
      ? e.sessions.map((s, i) => {
        const obj = s && typeof s === 'object' ? (s as Record<string, unknown>) : undefined;
        const raw = obj ? obj.value ?? obj.actual : s;
        return { label: text(obj?.label ?? obj?.date ?? obj?.name), value: parseQuantity(raw), raw, range: rangeOf(['kpis', index, 'sessions', i]) };
      })
      : [];
    const name = text(e.name) ?? text(e.id) ?? (typeof entry === 'string' ? entry : `#${index + 1}`);
    const unit = text(e.unit) ?? target?.unit ?? actual?.unit;
    return {
      index,
      wellFormed: entry !== null && typeof entry === 'object' && !Array.isArray(entry),
      name,
      id: text(e.id),
      unit,
      better,
      aggregate: kpiAggregate(e.aggregate, unit, name),
      target,
      actual,
      targetRaw: e.target,
      actualRaw: e.actual,
      sessions,
      range: rangeOf(['kpis', index]) ?? ZERO,
      nameRange: at('name'),
      targetRange: at('target'),
      actualRange: at('actual'),
      attainment: attainment(target?.value, actual?.value, better),
    };
  });
}
