// Import KPI data: an export's bytes and a review in, the mapping, what will change and the new review text out.
// Shared by `mdreview import` and the editor's Import KPI Data… command, which show the mapping and the change
// before they write.
import { messages, text, type Locale, type Text } from '../i18n';
import type { ParsedReview } from '../parse/parse';
import { mapColumns, type ColumnMapping } from './columnMapping';
import { readExportTable, type ExportTable } from './exportTable';
import { planImport, type ImportPlan } from './sessionsFromTable';
import { formatKpiValue, writeSessions } from './writeSessions';

export interface ImportRequest {
  bytes: Uint8Array;
  review: ParsedReview;
  /** The team config's `import.columns`, then the writer's own choices on top (header → KPI id, date, title, ignore). */
  columns?: Record<string, string>;
  sheet?: string;
}

export type ImportResult =
  | { ok: true; table: ExportTable; mapping: ColumnMapping[]; plan: ImportPlan; text: string }
  | { ok: false; message: Text; table?: ExportTable; mapping?: ColumnMapping[] };

export function importKpiData({ bytes, review, columns = {}, sheet }: ImportRequest): ImportResult {
  if (!review.frontmatter?.document) return { ok: false, message: text('the review has no frontmatter to write into', '面谈记录没有可写入的 frontmatter') };
  if (!review.kpis.some((k) => k.wellFormed)) return { ok: false, message: text('the review lists no KPIs (kpis:) to import into', '面谈记录没有列出可导入的 KPI（kpis:）') };
  const read = readExportTable(bytes, sheet);
  if (!read.ok) return read;
  const { table } = read;
  const mapping = mapColumns(table.headers, review.kpis, columns);
  const planned = planImport(table, mapping, review.kpis, review.meta.cycle);
  if (!planned.ok) return { ...planned, table, mapping };
  const written = writeSessions(review.text, review.frontmatter, review.kpis, planned.plan.kpis);
  if (!written.ok) return { ...written, table, mapping };
  return { ok: true, table, mapping, plan: planned.plan, text: written.text };
}

// The import preview's lines, in both languages (one table, as every user-facing string of core).
const t = messages({
  readAs: { en: 'Read as {format}, {n} sessions', zh: '读取方式：{format}，{n} 场' },
  date: { en: 'session date', zh: '场次日期' },
  title: { en: 'session title', zh: '场次标题' },
  ignore: { en: 'not imported', zh: '不导入' },
  saved: { en: ' (team config)', zh: '（团队配置）' },
  column: { en: 'column {n}', zh: '第 {n} 列' },
  sum: { en: 'sum of sessions', zh: '各场合计' },
  mean: { en: 'mean of sessions', zh: '各场平均' },
  max: { en: 'highest session', zh: '最高的一场' },
  actual: { en: '{kpi}: actual {before} → {after} ({how}), {n} sessions', zh: '{kpi}：实际值 {before} → {after}（{how}），{n} 场' },
  outsideCycle: { en: '{n} rows outside cycle {cycle} left out', zh: '不在周期 {cycle} 内的 {n} 行未导入' },
  totals: { en: '{n} totals rows left out', zh: '合计行 {n} 行未导入' },
});

/** The mapping and the change as lines for the writer to check: column → KPI, sessions, old → new actual. */
export function describeImport(result: Extract<ImportResult, { ok: true }>, review: ParsedReview, locale: Locale): string[] {
  const { table, mapping, plan } = result;
  const lines = [t(locale, 'readAs', { format: table.format, n: plan.sessionCount })];
  for (const { role, header, column, source } of mapping) {
    const kpi = role.kind === 'kpi' ? review.kpis[role.kpi] : undefined;
    const target = kpi ? `${kpi.name}${kpi.id ? ` (${kpi.id})` : ''}` : t(locale, role.kind as 'date' | 'title' | 'ignore');
    lines.push(`  ${header || t(locale, 'column', { n: column + 1 })} → ${target}${source === 'saved' ? t(locale, 'saved') : ''}`);
  }
  for (const k of plan.kpis) {
    const kpi = review.kpis[k.kpi];
    const before = kpi.actualRaw === undefined || kpi.actualRaw === null || kpi.actualRaw === '' ? '—' : String(kpi.actualRaw);
    lines.push(t(locale, 'actual', { kpi: kpi.name, before, after: formatKpiValue(k.actual, kpi, k.percent), how: t(locale, kpi.aggregate), n: k.sessions.length }));
  }
  const cycle = String(review.meta.cycle);
  if (plan.skipped.outsideCycle) lines.push(t(locale, 'outsideCycle', { n: plan.skipped.outsideCycle, cycle }));
  if (plan.skipped.totals) lines.push(t(locale, 'totals', { n: plan.skipped.totals }));
  for (const note of plan.notes) lines.push(note[locale]);
  return lines;
}
