// Which column of an export feeds which KPI of the review: the team's saved mapping first, then the header as the
// KPI's own name or id, then the names dashboards give each metric (zh and en). The mapping is shown to the writer
// before anything is written, and can be saved in the team config (`import.columns`) for the next export.
import type { Kpi } from '../model';

export type ColumnRole = { kind: 'date' } | { kind: 'title' } | { kind: 'kpi'; kpi: number } | { kind: 'ignore' };

export interface ColumnMapping {
  column: number;
  header: string;
  role: ColumnRole;
  /** Where the role came from: the saved mapping, the header, or nothing (an ignored column). */
  source: 'saved' | 'header' | 'none';
}

/** What a saved mapping may name besides a KPI id. */
export const LABEL_ROLES = ['date', 'title', 'ignore'] as const;

// The column names of the dashboards team leads export from (抖音、快手、淘宝直播、视频号 and English ones), by the
// KPI id the built-in and team templates use. A KPI with another id still matches when its name is among them.
const METRIC_HEADERS: Record<string, string[]> = {
  viewers: ['观看人数', '场观', '累计观看', '累计观看人数', '观看人次', '观看次数', '累计观看人次', 'viewers', 'views', 'totalviewers', 'uniqueviewers'],
  'peak-concurrent': ['最高在线', '最高在线人数', '峰值在线', '峰值在线人数', '在线峰值', 'pcu', 'peakviewers', 'peakconcurrent', 'peakconcurrentviewers'],
  'watch-time': ['平均停留时长', '人均观看时长', '平均观看时长', '停留时间', '人均停留时长', 'averagewatchtime', 'avgwatchtime', 'watchtime'],
  interactions: ['互动次数', '互动数', '互动量', 'interactions', 'engagements'],
  'interaction-rate': ['互动率', 'engagementrate', 'interactionrate'],
  orders: ['订单数', '成交订单数', '成交单数', '成交件数', 'orders'],
  gmv: ['成交金额', '销售额', 'gmv', '成交额', '直播间成交金额', 'sales', 'revenue'],
  'conversion-rate': ['转化率', '成交转化率', '销售转化率', '观看成交转化率', 'conversion', 'conversionrate', 'cvr'],
  'new-followers': ['新增粉丝', '新增粉丝数', '涨粉', '涨粉数', '新增关注', 'newfollowers', 'follows'],
};
const DATE_HEADERS = ['日期', '开播日期', '直播日期', '开播时间', '直播时间', 'date', 'starttime', 'streamdate'];
const TITLE_HEADERS = ['直播标题', '标题', '场次', '直播间', '直播主题', 'title', 'session', 'stream', 'streamtitle'];

/** A header without spaces, case and a trailing unit in brackets: `成交金额（元）` → `成交金额`. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[([{][^()[\]{}]*[)\]}]\s*$/u, '').replace(/[\s_\-·/]/gu, '');
}

/** The unit a header gives in brackets, if any: `平均停留时长(秒)` → `秒`. */
export function headerUnit(header: string): string | undefined {
  return /[([{]\s*([^()[\]{}]+?)\s*[)\]}]\s*$/u.exec(header.normalize('NFKC'))?.[1];
}

/**
 * Maps each column; a KPI role holds the KPI's index in `kpis:`. `saved` is the team config's `import.columns` (header → KPI id, `date`, `title` or `ignore`).
 * A KPI takes one column: the saved mapping, then its own name, then a dashboard's name for it.
 */
export function mapColumns(headers: string[], kpis: readonly Pick<Kpi, 'id' | 'name' | 'wellFormed'>[], saved: Record<string, string> = {}): ColumnMapping[] {
  const kpiById = (id: string) => kpis.findIndex((k) => k.wellFormed && (k.id === id || k.name === id));
  const savedByKey = new Map(Object.entries(saved).map(([h, role]) => [headerKey(h), role]));
  const taken = new Set<number>();
  const roles: (ColumnMapping | undefined)[] = headers.map(() => undefined);
  const assign = (column: number, role: ColumnRole, source: ColumnMapping['source']) => {
    if (role.kind === 'kpi') taken.add(role.kpi);
    roles[column] = { column, header: headers[column], role, source };
  };
  let dated = false;
  let titled = false;
  // Pass 1: the saved mapping.
  headers.forEach((header, column) => {
    const role = savedByKey.get(headerKey(header));
    if (role === undefined) return;
    if (role === 'date' || role === 'title' || role === 'ignore') {
      assign(column, { kind: role }, 'saved');
      dated ||= role === 'date';
      titled ||= role === 'title';
    } else if (kpiById(role) >= 0 && !taken.has(kpiById(role))) assign(column, { kind: 'kpi', kpi: kpiById(role) }, 'saved');
  });
  // Pass 2: a KPI's own name or id; pass 3: a dashboard's name for a metric.
  const byOwnName = (key: string) => kpis.findIndex((k, i) => k.wellFormed && !taken.has(i) && (headerKey(k.name) === key || k.id === key));
  const byMetric = (key: string) => {
    const metric = Object.entries(METRIC_HEADERS).find(([, names]) => names.includes(key))?.[0];
    if (!metric) return -1;
    return kpis.findIndex((k, i) => k.wellFormed && !taken.has(i) && (k.id === metric || METRIC_HEADERS[metric].includes(headerKey(k.name))));
  };
  for (const find of [byOwnName, byMetric]) {
    headers.forEach((header, column) => {
      if (roles[column] || !header) return;
      const kpi = find(headerKey(header));
      if (kpi >= 0) assign(column, { kind: 'kpi', kpi }, 'header');
    });
  }
  headers.forEach((header, column) => {
    if (roles[column]) return;
    const key = headerKey(header);
    if (!dated && DATE_HEADERS.includes(key)) {
      dated = true;
      assign(column, { kind: 'date' }, 'header');
    } else if (!titled && TITLE_HEADERS.includes(key)) {
      titled = true;
      assign(column, { kind: 'title' }, 'header');
    } else assign(column, { kind: 'ignore' }, 'none');
  });
  return roles as ColumnMapping[];
}
