// Import KPI data: an export's bytes and a review in, the mapping, what will change and the new review text out.
// Shared by `mdreview import` and the editor's Import KPI Data… command, which show the mapping and the change
// before they write.
import { text, type Locale, type Text } from '../i18n';
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

/** The mapping and the change as lines for the writer to check: column → KPI, sessions, old → new actual. */
export function describeImport(result: Extract<ImportResult, { ok: true }>, review: ParsedReview, locale: Locale): string[] {
  const zh = locale === 'zh';
  const { table, mapping, plan } = result;
  const lines = [zh ? `读取方式：${table.format}，${plan.sessionCount} 场` : `Read as ${table.format}, ${plan.sessionCount} sessions`];
  for (const m of mapping) {
    const role = m.role;
    const target = role.kind === 'kpi'
      ? `${review.kpis[role.kpi].name}${review.kpis[role.kpi].id ? ` (${review.kpis[role.kpi].id})` : ''}`
      : role.kind === 'date' ? (zh ? '场次日期' : 'session date') : role.kind === 'title' ? (zh ? '场次标题' : 'session title') : (zh ? '不导入' : 'not imported');
    const how = m.source === 'saved' ? (zh ? '（团队配置）' : ' (team config)') : '';
    lines.push(`  ${m.header || (zh ? `第 ${m.column + 1} 列` : `column ${m.column + 1}`)} → ${target}${how}`);
  }
  for (const k of plan.kpis) {
    const kpi = review.kpis[k.kpi];
    const before = kpi.actualRaw === undefined || kpi.actualRaw === null || kpi.actualRaw === '' ? '—' : String(kpi.actualRaw);
    const after = formatKpiValue(k.actual, kpi, k.percent);
    const how = { sum: zh ? '各场合计' : 'sum of sessions', mean: zh ? '各场平均' : 'mean of sessions', max: zh ? '最高的一场' : 'highest session' }[kpi.aggregate];
    lines.push(zh ? `${kpi.name}：实际值 ${before} → ${after}（${how}），${k.sessions.length} 场` : `${kpi.name}: actual ${before} → ${after} (${how}), ${k.sessions.length} sessions`);
  }
  if (plan.skipped.outsideCycle) lines.push(zh ? `不在周期 ${String(review.meta.cycle)} 内的 ${plan.skipped.outsideCycle} 行未导入` : `${plan.skipped.outsideCycle} rows outside cycle ${String(review.meta.cycle)} left out`);
  if (plan.skipped.totals) lines.push(zh ? `合计行 ${plan.skipped.totals} 行未导入` : `${plan.skipped.totals} totals rows left out`);
  for (const note of plan.notes) lines.push(note[locale]);
  return lines;
}
