// A table row of a hundred thousand cells costs micromark seconds and is no review's table. Pipes past the limit
// on a line are blanked (a space, so every offset still points into the original text): the row keeps its first
// cells and the rest of the line becomes the text of its last one.

/** Most table cells (pipes on a line) that are read as cells. */
export const MAX_TABLE_CELLS = 256;

const PIPE = 124;

/** `text` with each line's pipes after the MAX_TABLE_CELLS-th blanked from `from` on, and the lines where it did. */
export function maskWideRows(text: string, from: number): { text: string; rows: { start: number; end: number }[] } {
  const rows: { start: number; end: number }[] = [];
  let out: string[] | undefined;
  let copied = 0;
  for (let start = from; start < text.length; ) {
    let end = start;
    let pipes = 0;
    let cut = -1;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      if (c === PIPE && ++pipes === MAX_TABLE_CELLS + 1) cut = end;
    }
    if (cut >= 0) {
      out ??= [];
      out.push(text.slice(copied, cut), text.slice(cut, end).replace(/\|/g, ' '));
      copied = end;
      rows.push({ start, end });
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { text: out ? out.join('') + text.slice(copied) : text, rows };
}
