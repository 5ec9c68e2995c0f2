// One CSV cell, safe to open in a spreadsheet.

/**
 * Quotes cells with separators, quotes or line breaks. Text starting with = + - @, a tab or a carriage
 * return would be read as a formula (CSV injection), so it gets a leading apostrophe; numbers stay numbers.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
