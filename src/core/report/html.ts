// The report as one self-contained HTML file for HR: inline CSS and SVG charts, no script, nothing
// fetched (its own CSP says so), light and dark colour schemes, and a print layout.
import { languageTag, type Locale } from '../i18n';
import type { CycleReport } from './cycleReport';
import { reportNotesLine, summaryLine } from './markdown';
import { rt } from './strings';
import { distributionSvg, escapeXml, heatMapSvg } from './svg';
import { reportTable } from './table';

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0;
  --met: #1a7f37; --met-bg: #dafbe1; --near: #7d4e00; --near-bg: #fff1c2; --missed: #b3261e; --missed-bg: #ffdcd7; --none-bg: #eff2f5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d;
  --met: #7ee2a8; --met-bg: #0f3d22; --near: #f2cc60; --near-bg: #4a3500; --missed: #ffaba8; --missed-bg: #5c1512; --none-bg: #262c36; } }
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); margin: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.muted, .note { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: var(--bg); }
td.num { text-align: right; }
.band-met rect { fill: var(--met-bg); stroke: var(--met); } .band-met text { fill: var(--met); }
.band-near rect { fill: var(--near-bg); stroke: var(--near); } .band-near text { fill: var(--near); }
.band-missed rect { fill: var(--missed-bg); stroke: var(--missed); } .band-missed text { fill: var(--missed); }
.band-none rect { fill: var(--none-bg); stroke: var(--line); }
svg text { fill: var(--fg); } svg .head, svg .axis { fill: var(--muted); } svg .baseline { stroke: var(--line); }
.legend span { display: inline-block; margin-right: 12px; } .legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; border: 1px solid; }
.legend .met { background: var(--met-bg); border-color: var(--met); } .legend .near { background: var(--near-bg); border-color: var(--near); }
.legend .missed { background: var(--missed-bg); border-color: var(--missed); } .legend .none { background: var(--none-bg); border-color: var(--line); }
.charts { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; } .scroll { overflow-x: auto; }
footer { margin-top: 32px; font-size: 12px; color: var(--muted); }
@media print { body { margin: 0; font-size: 11px; } * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  th { position: static; } section, svg, tr { break-inside: avoid; } .scroll { overflow: visible; } }
`;

export interface HtmlOptions {
  version: string;
}

export function legendHtml(locale: Locale): string {
  return `<p class="legend">${(['met', 'near', 'missed', 'none'] as const).map((b) => `<span><i class="${b}"></i>${escapeXml(rt(locale, b === 'met' ? 'legendMet' : b === 'near' ? 'legendNear' : b === 'missed' ? 'legendMissed' : 'legendNone'))}</span>`).join('')}</p>`;
}

export function reportHtml(report: CycleReport, locale: Locale, options: HtmlOptions): string {
  const title = report.cycle ? rt(locale, 'title', { cycle: report.cycle }) : rt(locale, 'titleNoCycle');
  const parts: string[] = [`<h1>${escapeXml(title)}</h1>`];
  if (!report.cycle) parts.push(`<p>${escapeXml(rt(locale, 'noReviews'))}</p>`);
  else {
    parts.push(`<p>${escapeXml(summaryLine(report, locale))}</p>`);
    const notes = reportNotesLine(report, locale);
    if (notes) parts.push(`<p class="muted">${escapeXml(notes)}</p>`);
    const heat = heatMapSvg(report, locale);
    parts.push(
      `<div class="charts"><section><h2>${escapeXml(rt(locale, 'distributionTitle'))}</h2><p class="note">${escapeXml(rt(locale, 'distributionNote'))}</p>${distributionSvg(report, locale)}</section>`,
      `<section><h2>${escapeXml(rt(locale, 'heatMapTitle'))}</h2><p class="note">${escapeXml(rt(locale, 'heatMapNote'))}</p>${legendHtml(locale)}<div class="scroll">${heat || `<p>${escapeXml(rt(locale, 'noAttainment'))}</p>`}</div></section></div>`,
    );
    const { header, rows } = reportTable(report, locale, false);
    parts.push(
      `<section><h2>${escapeXml(rt(locale, 'reviewsTitle'))}</h2><div class="scroll"><table><thead><tr>${header.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>`,
      ...rows.map((r) => `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="num"' : ''}>${escapeXml(c === undefined ? '' : String(c))}</td>`).join('')}</tr>`),
      '</tbody></table></div></section>',
    );
    if (report.missing.length) parts.push(`<section><h2>${escapeXml(rt(locale, 'missingTitle'))}</h2><ul>${report.missing.map((m) => `<li>${escapeXml(rt(locale, 'missingLine', { ...m, current: report.cycle }))}</li>`).join('')}</ul></section>`);
    if (report.duplicates.length) parts.push(`<section><h2>${escapeXml(rt(locale, 'duplicatesTitle'))}</h2><ul>${report.duplicates.map((d) => `<li>${escapeXml(`${d.employee}: ${d.files.join(', ')}`)}</li>`).join('')}</ul></section>`);
  }
  if (report.unplaced.length) parts.push(`<section><h2>${escapeXml(rt(locale, 'unplacedTitle'))}</h2><ul>${report.unplaced.map((f) => `<li>${escapeXml(f)}</li>`).join('')}</ul></section>`);
  parts.push(`<footer>${escapeXml(rt(locale, 'generatedBy', { version: options.version }))}</footer>`);
  return `<!DOCTYPE html>
<html lang="${languageTag(locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
