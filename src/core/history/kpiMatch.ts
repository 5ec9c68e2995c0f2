// Pairs the KPIs of two reviews: by `id` first (so a renamed KPI still matches), then by name.
import type { Kpi } from '../model';

/** A KPI name folded for matching: width, case and spaces. */
export function kpiNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export interface KpiPairing {
  pairs: { old: Kpi; new: Kpi }[];
  added: Kpi[];
  removed: Kpi[];
}

export function matchKpis(olds: readonly Kpi[], news: readonly Kpi[]): KpiPairing {
  const usedOld = new Set<Kpi>();
  const pairs: KpiPairing['pairs'] = [];
  const added: Kpi[] = [];
  const find = (test: (o: Kpi) => boolean) => olds.find((o) => !usedOld.has(o) && test(o));
  // Two passes so an id match is never taken by an earlier KPI matching on name.
  const byId = news.map((n) => (n.id ? find((o) => !!o.id && kpiNameKey(o.id) === kpiNameKey(n.id!)) : undefined));
  byId.forEach((o) => o && usedOld.add(o));
  news.forEach((n, i) => {
    const old = byId[i] ?? (n.id ? find((o) => !o.id && kpiNameKey(o.name) === kpiNameKey(n.name)) : find((o) => kpiNameKey(o.name) === kpiNameKey(n.name)));
    if (old) {
      usedOld.add(old);
      pairs.push({ old, new: n });
    } else {
      added.push(n);
    }
  });
  return { pairs, added, removed: olds.filter((o) => !usedOld.has(o)) };
}

/** The KPI a piece of text names (by name or id), longest name first so 峰值在线人数 beats 在线人数. */
export function kpiNamedIn(text: string, kpis: readonly Kpi[]): Kpi | undefined {
  const folded = kpiNameKey(text);
  const names = kpis.flatMap((k) => [k.name, k.id].filter((n): n is string => !!n && kpiNameKey(n).length >= 2).map((n) => ({ k, key: kpiNameKey(n) })));
  names.sort((a, b) => b.key.length - a.key.length);
  return names.find((n) => folded.includes(n.key))?.k;
}
