// The three kinds of chart, on a tree-shaken Chart.js: only the pieces registered here are bundled.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartOptions,
} from 'chart.js';
import type { Locale } from '../core/i18n';
import { formatValue } from '../core/preview/format';
import type { CycleSeries, KpiView } from '../core/preview/protocol';
import { t } from '../core/preview/strings';
import { withAlpha, type Theme } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** KPIs the bar chart can draw: both values read and a non-zero target. */
export function chartableKpis(kpis: readonly KpiView[]): KpiView[] {
  return kpis.filter((k) => k.percentOfTarget !== undefined);
}

function baseOptions(theme: Theme): ChartOptions {
  return {
    responsive: true,
    maintainAspectRatio: false,
    // No animation: an update after a keystroke shows in the next frame, and screenshots are stable.
    animation: false,
    color: theme.foreground,
    font: { family: theme.font },
    plugins: { legend: { labels: { color: theme.foreground, font: { family: theme.font } } } },
  };
}

function axis(theme: Theme, format?: (v: number) => string) {
  return {
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.foreground, font: { family: theme.font }, ...(format ? { callback: (v: number | string) => format(Number(v)) } : {}) },
  };
}

function directionMark(k: KpiView): string {
  return k.better === 'lower' ? '↓' : '↑';
}

/** Horizontal grouped bars: target = 100%, actual as % of target, coloured by met / missed. */
export function targetChart(canvas: HTMLCanvasElement, kpis: readonly KpiView[], theme: Theme, locale: Locale, onPick: (kpiIndex: number) => void): Chart {
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: kpis.map((k) => `${k.name} ${directionMark(k)}`),
      datasets: [
        { label: t(locale, 'target'), data: kpis.map(() => 100), backgroundColor: withAlpha(theme.target, 0.35), borderColor: theme.target, borderWidth: 1 },
        {
          label: t(locale, 'actual'),
          data: kpis.map((k) => Math.round((k.percentOfTarget ?? 0) * 10) / 10),
          backgroundColor: kpis.map((k) => (k.met ? theme.met : theme.missed)),
          borderColor: theme.highContrast ? theme.foreground : undefined,
          borderWidth: theme.highContrast ? 1 : 0,
        },
      ],
    },
    options: {
      ...(baseOptions(theme) as ChartOptions<'bar'>),
      indexAxis: 'y',
      scales: { x: { ...axis(theme, (v) => `${v}%`), beginAtZero: true }, y: axis(theme) },
      onClick: (_event, elements) => {
        if (elements.length) onPick(kpis[elements[0].index].index);
      },
      plugins: {
        legend: { labels: { color: theme.foreground, font: { family: theme.font } } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const k = kpis[item.dataIndex];
              return item.datasetIndex === 0
                ? `${t(locale, 'target')}: ${k.targetText}`
                : `${t(locale, 'actual')}: ${k.actualText} · ${t(locale, 'attainment')} ${k.attainmentText} · ${t(locale, k.better === 'lower' ? 'lowerBetter' : 'higherBetter')}`;
            },
          },
        },
      },
    },
  };
  return new Chart(canvas, config);
}

/** A line of values with the target drawn as a dashed reference line. */
function trendChart(canvas: HTMLCanvasElement, labels: string[], actual: (number | null)[], target: (number | null)[], unit: string | undefined, theme: Theme, locale: Locale, numbers: Locale): Chart {
  // Percentages carry their sign on the axis; other units are in the chart's heading.
  const tickUnit = unit === '%' ? '%' : undefined;
  const config: ChartConfiguration<'line'> = {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: t(locale, 'actual'), data: actual, borderColor: theme.line, backgroundColor: theme.line, pointRadius: 4, spanGaps: true },
        { label: t(locale, 'target'), data: target, borderColor: theme.target, backgroundColor: theme.target, borderDash: [6, 4], pointRadius: 0, spanGaps: true },
      ],
    },
    options: { ...(baseOptions(theme) as ChartOptions<'line'>), scales: { x: axis(theme), y: axis(theme, (v) => formatValue(v, tickUnit, numbers)) } },
  };
  return new Chart(canvas, config);
}

/** Each session against its own target: a share of the cycle's target for an additive KPI. */
export function sessionChart(canvas: HTMLCanvasElement, kpi: KpiView, theme: Theme, locale: Locale, numbers: Locale): Chart {
  return trendChart(
    canvas,
    kpi.sessions.map((s) => s.label),
    kpi.sessions.map((s) => s.value ?? null),
    kpi.sessions.map(() => kpi.sessionTarget ?? null),
    kpi.unit,
    theme,
    locale,
    numbers,
  );
}

export function cycleChart(canvas: HTMLCanvasElement, series: CycleSeries, theme: Theme, locale: Locale, numbers: Locale): Chart {
  return trendChart(
    canvas,
    series.points.map((p) => p.cycle),
    series.points.map((p) => p.actual ?? null),
    series.points.map((p) => p.target ?? null),
    series.unit,
    theme,
    locale,
    numbers,
  );
}
