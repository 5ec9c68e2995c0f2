import type { Locale } from '../i18n';
import type { KpiView, Summary } from './protocol';
import { t } from './strings';

/** Met / missed counts and the KPI with the lowest attainment below target. */
export function summarize(kpis: readonly KpiView[], findings: number, locale: Locale): Summary {
  let worst: KpiView | undefined;
  for (const k of kpis) {
    if (k.met !== false || k.attainment === undefined) continue;
    if (!worst || k.attainment < (worst.attainment ?? Infinity)) worst = k;
  }
  return {
    total: kpis.length,
    met: kpis.filter((k) => k.met === true).length,
    missed: kpis.filter((k) => k.met === false).length,
    incomplete: kpis.filter((k) => k.met === undefined).length,
    biggestGap: worst && {
      kpiIndex: worst.index,
      name: worst.name,
      text: t(locale, 'gapSummary', { name: worst.name, gap: worst.gapText, attainment: worst.attainmentText }),
    },
    findings,
  };
}
