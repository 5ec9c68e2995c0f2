// The report's two charts as inline SVG text: the attainment heat map (people × KPIs) and the spread of
// overall attainment. The HTML file embeds them as they are and the Team Overview page inserts them, so
// both look the same. Colours come from CSS classes (band-*), so each host picks light, dark and
// high-contrast colours; every cell also prints its percentage, so nothing depends on colour alone.
import type { Locale } from '../i18n';
import type { CycleReport } from './cycleReport';
import { bucketLabel, percent, rt } from './strings';

export type Band = 'met' | 'near' | 'missed' | 'none';

/** Colour band of a direction-aware attainment ratio. */
export function band(attainment: number | undefined): Band {
  if (attainment === undefined || !Number.isFinite(attainment)) return 'none';
  return attainment >= 1 ? 'met' : attainment >= 0.9 ? 'near' : 'missed';
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Roughly how wide text is drawn at 12px: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 12 : 7;
  return width;
}

function clip(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…') > max) break;
    out += ch;
  }
  return `${out}…`;
}

const CELL_W = 64;
const CELL_H = 22;
const HEAD_H = 34;

/** People × KPIs; rows carry `data-row` (index into report.rows) so a page can open the review on click. */
export function heatMapSvg(report: CycleReport, locale: Locale): string {
  const rowsWithKpis = report.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.kpis.length > 0);
  if (!report.kpis.length || !rowsWithKpis.length) return '';
  const labelW = Math.min(180, Math.max(72, ...rowsWithKpis.map(({ row }) => textWidth(row.employee) + 12)));
  const width = labelW + report.kpis.length * CELL_W;
  const height = HEAD_H + rowsWithKpis.length * CELL_H;
  const head = report.kpis
    .map((k, c) => {
      const name = k.better === 'lower' ? `${k.name} ↓` : k.name;
      const x = labelW + c * CELL_W + CELL_W / 2;
      return `<text class="head" x="${x}" y="${HEAD_H - 10}" text-anchor="middle"><title>${escapeXml(name)}${k.better === 'lower' ? ` (${escapeXml(rt(locale, 'lowerBetter'))})` : ''}</title>${escapeXml(clip(name, CELL_W - 4))}</text>`;
    })
    .join('');
  const body = rowsWithKpis
    .map(({ row, index }, r) => {
      const y = HEAD_H + r * CELL_H;
      const byKey = new Map(row.kpis.map((k) => [k.key, k]));
      const cells = report.kpis
        .map((column, c) => {
          const k = byKey.get(column.key);
          const value = k?.attainment;
          const x = labelW + c * CELL_W;
          const tip = k ? `${row.employee} · ${k.name}: ${percent(value)}` : `${row.employee} · ${column.name}: —`;
          return `<g class="cell band-${band(value)}"><title>${escapeXml(tip)}</title><rect x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" rx="2"/><text x="${x + CELL_W / 2}" y="${y + 15}" text-anchor="middle">${k ? percent(value) : ''}</text></g>`;
        })
        .join('');
      return `<g class="row" data-row="${index}"><text class="name" x="4" y="${y + 15}">${escapeXml(clip(row.employee, labelW - 8))}</text>${cells}</g>`;
    })
    .join('');
  return `<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(rt(locale, 'heatMapTitle'))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12">${head}${body}</svg>`;
}

/** Bars of how many people fall in each band of overall attainment. */
export function distributionSvg(report: CycleReport, locale: Locale): string {
  const buckets = report.distribution;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const barW = 56;
  const gap = 10;
  const plotH = 140;
  const top = 18;
  const width = buckets.length * (barW + gap) + gap;
  const height = top + plotH + 24;
  const bars = buckets
    .map((b, i) => {
      const h = Math.round((b.count / max) * plotH);
      const x = gap + i * (barW + gap);
      const y = top + plotH - h;
      const label = bucketLabel(b.from, b.to);
      return `<g class="bar band-${band(b.to === undefined ? b.from : b.to - 1e-9)}"><title>${escapeXml(`${label}: ${b.count} ${rt(locale, 'people')}`)}</title><rect x="${x}" y="${y}" width="${barW}" height="${Math.max(h, 1)}"/><text class="count" x="${x + barW / 2}" y="${y - 4}" text-anchor="middle">${b.count}</text><text class="axis" x="${x + barW / 2}" y="${top + plotH + 16}" text-anchor="middle">${escapeXml(label)}</text></g>`;
    })
    .join('');
  return `<svg class="distribution" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(rt(locale, 'distributionTitle'))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="12"><line class="baseline" x1="0" x2="${width}" y1="${top + plotH + 0.5}" y2="${top + plotH + 0.5}"/>${bars}</svg>`;
}
