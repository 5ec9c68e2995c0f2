// Reads a live-stream dashboard export — CSV (UTF-8 with or without BOM, UTF-16, GB18030/GBK as Chinese platforms
// write it) or Excel's XLSX — into a table of cells. Bytes in, no file system: the CLI and both extensions read
// the file their own way.
import { dsvFormat } from 'd3-dsv';
import { text, type Text } from '../i18n';
import { textDecoder } from '../text/textDecoder';
import { readXlsxSheet } from './xlsx';

export type Cell = string | number | boolean | Date | null;

export interface ExportTable {
  headers: string[];
  /** Data rows, blank ones left out; `row` is the 1-based row number in the file, as a spreadsheet names it. */
  rows: { row: number; cells: Cell[] }[];
  /** How the bytes were read, shown in the import preview. */
  format: 'UTF-8' | 'UTF-8 BOM' | 'UTF-16' | 'GB18030' | 'XLSX';
}

export type ExportResult = { ok: true; table: ExportTable } | { ok: false; message: Text };

/** Exports larger than this are refused: a year of daily streams is about 100 KB. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;
/** The header row is looked for among the first rows: exports often open with a title line. */
const HEADER_SEARCH_ROWS = 10;

const fail = (message: Text): ExportResult => ({ ok: false, message });

/** Reads an export's bytes. `sheet` names an XLSX sheet (default: the first). */
export function readExportTable(bytes: Uint8Array, sheet?: string): ExportResult {
  if (bytes.length === 0) return fail(text('the export is empty', '导出文件是空的'));
  if (bytes.length > MAX_EXPORT_BYTES) {
    return fail(text('the export is larger than {max} MB', '导出文件超过 {max} MB', { max: MAX_EXPORT_BYTES / 1024 / 1024 }));
  }
  // An XLSX is a ZIP; a password-protected one is an OLE compound file (as an old .xls is).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, sheet);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail(text(
      'the export is a password-protected workbook or an old .xls file: open it in Excel or WPS, remove the password, and save it as .xlsx or .csv',
      '导出文件是加密的工作簿或旧版 .xls 文件：请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 或 .csv',
    ));
  }
  const decoded = decodeCsv(bytes);
  if (!decoded) return fail(text('the export is not a CSV or XLSX file (binary content)', '导出文件不是 CSV 或 XLSX 文件（二进制内容）'));
  const delimiter = sniffDelimiter(decoded.text);
  return fromRows(dsvFormat(delimiter).parseRows(decoded.text), decoded.format);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function readXlsx(bytes: Uint8Array, sheet: string | undefined): ExportResult {
  try {
    return fromRows(readXlsxSheet(bytes, sheet), 'XLSX');
  } catch (e) {
    const reason = (e as Error).message;
    return fail(text('the XLSX file cannot be read: {reason}', 'XLSX 文件无法读取：{reason}', { reason }));
  }
}

/** CSV text from bytes: a BOM decides, else valid UTF-8, else GB18030 (a superset of GBK); NUL bytes mean binary. */
function decodeCsv(bytes: Uint8Array): { text: string; format: ExportTable['format'] } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: textDecoder('utf-8').decode(bytes.subarray(3)), format: 'UTF-8 BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: textDecoder('utf-16le').decode(bytes.subarray(2)), format: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: textDecoder('utf-16be').decode(bytes.subarray(2)), format: 'UTF-16' };
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return { text: textDecoder('utf-8', true).decode(bytes), format: 'UTF-8' };
  } catch {
    return { text: textDecoder('gb18030').decode(bytes), format: 'GB18030' };
  }
}

/** Comma, tab or semicolon: whichever splits the first line most (some exports are tab-separated). */
function sniffDelimiter(csv: string): string {
  const firstLine = csv.slice(0, csv.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const isBlank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

function fromRows(all: Cell[][], format: ExportTable['format']): ExportResult {
  const filled = (row: Cell[]) => row.filter((c) => !isBlank(c)).length;
  // The header is the first row naming two or more columns; a title line above it names one.
  const headerIndex = all.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => filled(row) >= 2 && row.every((c) => isBlank(c) || typeof c === 'string'));
  if (headerIndex < 0) return fail(text('the export has no header row (a row naming its columns)', '导出文件没有表头行（列名所在的行）'));
  const headers = all[headerIndex].map((c) => (isBlank(c) ? '' : String(c).trim()));
  const rows = all.map((cells, i) => ({ row: i + 1, cells })).slice(headerIndex + 1).filter((r) => filled(r.cells) > 0);
  if (rows.length === 0) return fail(text('the export has a header but no rows of data', '导出文件只有表头，没有数据行'));
  return { ok: true, table: { headers, rows, format } };
}
