// One KPI of the model → what the preview draws and lists for it.
import { sessionTarget } from '../kpi/aggregate';
import { isMet } from '../kpi/attainment';
import type { Kpi, Quantity } from '../model';
import type { Locale } from '../i18n';
import { formatRatio, formatValue } from './format';
import type { KpiView, SessionPoint } from './protocol';
import { t } from './strings';

function rawText(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : JSON.stringify(raw) ?? String(raw);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** Why a target or actual value is not usable, or undefined when it is. */
function valueProblem(q: Quantity | undefined, raw: unknown, locale: Locale, which: 'target' | 'actual'): string | undefined {
  if (q) return undefined;
  if (raw === undefined || raw === null || raw === '') return t(locale, which === 'target' ? 'missingTarget' : 'missingActual');
  return t(locale, which === 'target' ? 'badTarget' : 'badActual', { raw: rawText(raw) });
}

function sessionPoints(kpi: Kpi, unit: string | undefined, locale: Locale, numbers: Locale, problems: string[]): SessionPoint[] {
  return kpi.sessions.map((s, i) => {
    if (!s.value && s.raw !== undefined && s.raw !== null && s.raw !== '') problems.push(t(locale, 'badSession', { n: i + 1, raw: rawText(s.raw) }));
    return {
      label: s.label ?? t(locale, 'sessionLabel', { n: i + 1 }),
      value: s.value?.value,
      text: s.value ? formatValue(s.value.value, unit, numbers) : '—',
    };
  });
}

function gapText(gap: number | undefined, unit: string | undefined, met: boolean | undefined, locale: Locale, numbers: Locale): string {
  if (gap === undefined || met === undefined) return '—';
  if (gap === 0) return t(locale, 'onTarget');
  const amount = formatValue(Math.abs(gap), unit, numbers);
  return t(locale, gap < 0 ? 'shortBy' : 'overBy', { amount });
}

/** `locale` for the words, `numbers` for the figures (the review's language). */
export function kpiView(kpi: Kpi, locale: Locale, numbers: Locale = locale): KpiView {
  const unit = kpi.unit ?? kpi.target?.unit ?? kpi.actual?.unit;
  const target = kpi.target?.value;
  const actual = kpi.actual?.value;
  const problems: string[] = [];
  const targetProblem = valueProblem(kpi.target, kpi.targetRaw, locale, 'target');
  const actualProblem = valueProblem(kpi.actual, kpi.actualRaw, locale, 'actual');
  if (targetProblem) problems.push(targetProblem);
  if (actualProblem) problems.push(actualProblem);
  if (target === 0 && kpi.attainment === undefined && actual !== undefined) problems.push(t(locale, 'zeroTarget'));
  const complete = target !== undefined && actual !== undefined;
  const met = complete ? isMet(target, actual, kpi.better) : undefined;
  const gap = complete ? actual - target : undefined;
  const sessions = sessionPoints(kpi, unit, locale, numbers, problems);
  return {
    index: kpi.index,
    name: kpi.name,
    unit,
    better: kpi.better,
    target,
    actual,
    targetText: formatValue(target, unit, numbers),
    actualText: formatValue(actual, unit, numbers),
    attainment: kpi.attainment,
    attainmentText: formatRatio(kpi.attainment, numbers),
    percentOfTarget: complete && target !== 0 ? (actual / target) * 100 : undefined,
    met,
    gap,
    gapText: gapText(gap, unit, met, locale, numbers),
    range: kpi.nameRange ?? kpi.range,
    sessions,
    aggregate: kpi.aggregate,
    sessionTarget: sessionTarget(kpi),
    sessionNote:
      kpi.aggregate === 'sum' && target !== undefined && kpi.sessions.length > 1
        ? t(locale, 'sessionTargetShare', { value: formatValue(sessionTarget(kpi), unit, numbers), target: formatValue(target, unit, numbers), n: kpi.sessions.length })
        : undefined,
    problems,
  };
}
