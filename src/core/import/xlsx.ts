// The cells of one sheet of an XLSX workbook: fflate unzips, and the few parts an export uses (workbook, its
// relationships, shared strings, number formats, the sheet) are read here. read-excel-file did the same for 55 KB
// of web bundle, over the web extension's 600 KB budget; this reads what a dashboard export holds in about 3 KB.
import { unzipSync } from 'fflate';
import { textDecoder } from '../text/textDecoder';
import type { Cell } from './exportTable';

export class XlsxError extends Error {}

const decoder = textDecoder();

/** XML text with its five entities and numeric references decoded. */
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]!;
  });
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/** The text runs of a string item (`<t>`), leaving out phonetic guides (`<rPh>`). */
function runsText(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu)].map((m) => unescapeXml(m[1])).join('');
}

/** Built-in number formats that show a date (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Which cell styles (`s` index) show dates: a built-in date format or a custom one with y, m or d outside quotes. */
function dateStyles(styles: string | undefined): Set<number> {
  if (!styles) return new Set();
  const custom = new Map([...styles.matchAll(/<numFmt\b[^>]*>/gu)].map((m) => [Number(attr(m[0], 'numFmtId')), unescapeXml(attr(m[0], 'formatCode') ?? '')]));
  const isDate = (id: number) => DATE_FORMAT_IDS.has(id) || /[ymd]/iu.test((custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]/gu, ''));
  const xfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/u.exec(styles)?.[0] ?? '';
  const result = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*>/gu)].forEach((m, i) => isDate(Number(attr(m[0], 'numFmtId'))) && result.add(i));
  return result;
}

/** A column's 0-based index from a cell reference: `AB12` → 27. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/u.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Reads the sheet named `sheet` (default: the first) as rows of cells. Throws XlsxError for what is no workbook. */
export function readXlsxSheet(bytes: Uint8Array, sheet?: string): Cell[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/u.test(f.name) });
  } catch (e) {
    throw new XlsxError(`not a readable ZIP (${(e as Error).message})`);
  }
  const part = (name: string) => (files[name] ? decoder.decode(files[name]) : undefined);
  const workbook = part('xl/workbook.xml');
  if (!workbook) throw new XlsxError('no xl/workbook.xml: not an Excel workbook');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/gu)].map((m) => ({ name: unescapeXml(attr(m[0], 'name') ?? ''), rel: attr(m[0], 'r:id') }));
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen) throw new XlsxError(sheet === undefined ? 'the workbook has no sheets' : `no sheet "${sheet}" (sheets: ${sheets.map((s) => s.name).join(', ')})`);
  const rels = part('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/gu)].map((m) => m[0]).find((r) => attr(r, 'Id') === chosen.rel);
  const path = target ? attr(target, 'Target')!.replace(/^\/?(xl\/)?/u, 'xl/') : 'xl/worksheets/sheet1.xml';
  const xml = part(path);
  if (!xml) throw new XlsxError(`the sheet "${chosen.name}" has no part ${path}`);
  const shared = [...(part('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/gu)].map((m) => runsText(m[1]));
  const dates = dateStyles(part('xl/styles.xml'));
  const epoch = /date1904="(1|true)"/u.test(workbook) ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const rows: Cell[][] = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/gu)) {
    const cells: Cell[] = [];
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const tag = `<c${c[1]}>`;
      const body = c[2] ?? '';
      const type = attr(tag, 't') ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/u.exec(body)?.[1];
      const index = attr(tag, 'r') ? columnIndex(attr(tag, 'r')!) : cells.length;
      let value: Cell = null;
      if (type === 's' && raw !== undefined) value = shared[Number(raw)] ?? null;
      else if (type === 'inlineStr') value = runsText(body);
      else if (type === 'str' || type === 'e') value = raw === undefined ? null : unescapeXml(raw);
      else if (type === 'b') value = raw === '1';
      else if (type === 'd' && raw !== undefined) value = new Date(raw);
      else if (raw !== undefined) {
        const n = Number(raw);
        value = dates.has(Number(attr(tag, 's') ?? -1)) ? new Date(epoch + Math.round(n * 86400000)) : n;
      }
      cells[index] = value;
    }
    const number = Number(attr(`<row${row[1]}>`, 'r')) || rows.length + 1;
    rows[number - 1] = Array.from(cells, (v) => v ?? null);
  }
  return Array.from(rows, (r) => r ?? []);
}
