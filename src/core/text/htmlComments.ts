/**
 * The `<!-- … -->` comments of `text[from, to)`, as [start, end) offsets, in order. An unclosed `<!--`
 * ends the search. Two `indexOf` scans, so linear however many `<!--` there are (a regex or the
 * Markdown parser's inline HTML rescans the rest of the line for each one).
 */
export function htmlComments(text: string, from = 0, to = text.length): [number, number][] {
  const found: [number, number][] = [];
  for (let open = text.indexOf('<!--', from); open >= 0 && open < to; open = text.indexOf('<!--', found[found.length - 1][1])) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0 || close + 3 > to) break;
    found.push([open, close + 3]);
  }
  return found;
}
