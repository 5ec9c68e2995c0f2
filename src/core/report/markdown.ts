// The report as Markdown, for a pull-request comment: summary, table, missing people, duplicates and the
// spread of attainment as a small text chart.
import type { Locale } from '../i18n';
import { escapeControls } from '../text/controls';
import type { CycleReport } from './cycleReport';
import { bucketLabel, percent, rt } from './strings';
import { reportTable, type Cell } from './table';

/** Invisible, and no URL scheme or `www.` goes on across it: GitHub links bare URLs in a comment. */
const WORD_JOINER = '\u2060';

/**
 * Text from the reviews (names, file names) as inert Markdown: as a pull-request comment, a name must not load an
 * image, mention a user, open a link or break the table. Line breaks become spaces; control characters are shown
 * escaped; the characters that open emphasis, code, links, images, mentions, strikethrough, headings or cells are
 * backslash-escaped, and `<`, `>` and `&` written as entities.
 */
export function mdCell(value: Cell): string {
  if (value === undefined) return '';
  return escapeControls(String(value).replace(/[\r\n]+/g, ' '))
    .replace(/[\\`*_[\]()!@#|~]/g, '\\$&')
    .replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}

export function summaryLine(report: CycleReport, locale: Locale): string {
  return rt(locale, 'summaryLine', report.totals);
}

/** The sentences under the summary line: average attainment and what the change column compares with. */
export function reportNotes(report: CycleReport, locale: Locale): string[] {
  return [
    report.totals.averageAttainment !== undefined ? rt(locale, 'averageAttainment', { value: percent(report.totals.averageAttainment) }) : '',
    report.previousCycle ? rt(locale, 'comparedWith', { cycle: report.previousCycle }) : '',
  ].filter(Boolean);
}

/** The notes as one paragraph: Chinese sentences follow each other without a space. */
export function reportNotesLine(report: CycleReport, locale: Locale): string {
  return reportNotes(report, locale).join(locale === 'zh' ? '' : ' ');
}

export function reportMarkdown(report: CycleReport, locale: Locale): string {
  const out: string[] = [`## ${mdCell(report.cycle ? rt(locale, 'title', { cycle: report.cycle }) : rt(locale, 'titleNoCycle'))}`, ''];
  if (!report.cycle) return [...out, rt(locale, 'noReviews'), ''].join('\n');
  out.push(summaryLine(report, locale));
  out.push(...reportNotes(report, locale));
  out.push('');
  const { header, rows } = reportTable(report, locale, false);
  out.push(`| ${header.map(mdCell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`), '');
  if (report.missing.length) {
    out.push(`### ${rt(locale, 'missingTitle')}`, '', ...report.missing.map((m) => `- ${mdCell(rt(locale, 'missingLine', { ...m, current: report.cycle }))}`), '');
  }
  if (report.duplicates.length) {
    out.push(`### ${rt(locale, 'duplicatesTitle')}`, '', ...report.duplicates.map((d) => `- ${mdCell(d.employee)}: ${d.files.map(mdCell).join(', ')}`), '');
  }
  if (report.unplaced.length) out.push(`### ${rt(locale, 'unplacedTitle')}`, '', ...report.unplaced.map((f) => `- ${mdCell(f)}`), '');
  const max = Math.max(1, ...report.distribution.map((b) => b.count));
  out.push(`### ${rt(locale, 'distributionTitle')}`, '', '```text');
  for (const b of report.distribution) out.push(`${bucketLabel(b.from, b.to).padEnd(9)} ${'█'.repeat(Math.round((b.count / max) * 20)).padEnd(20)} ${b.count}`);
  out.push('```', '');
  return out.join('\n');
}
