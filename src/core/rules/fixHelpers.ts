import type { ParsedReview } from '../parse/parse';
import type { Position } from '../model';

/** The document's line break, so inserted text matches CRLF files. */
export function eol(doc: ParsedReview): string {
  return /\r\n/.test(doc.text.slice(0, 10000)) ? '\r\n' : '\n';
}

/** A zero-width range at `position`, for insertions. */
export function at(position: Position) {
  return { start: position, end: position };
}

/** yyyy-mm-dd of `days` after `from` (local time). */
export function isoDaysAfter(from: Date, days: number): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** True when the review is written in Chinese (its prose, else its template), for stubs inserted into it. */
export function writesChinese(doc: ParsedReview): boolean {
  return doc.language === 'zh';
}
