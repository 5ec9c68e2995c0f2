/**
 * The `<!-- … -->` comments of `text[from, to)`, as [start, end) offsets, in order. An unclosed `<!--`
 * ends the search. Two `indexOf` scans of that slice only, so linear however many `<!--` there are (a regex or
 * the Markdown parser's inline HTML rescans the rest of the line for each one), and a caller asking about each of
 * 50,000 table cells does not scan the rest of the document for each.
 */
export function htmlComments(text: string, from = 0, to = text.length): [number, number][] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: [number, number][] = [];
  for (let open = part.indexOf('<!--'); open >= 0; open = part.indexOf('<!--', found[found.length - 1][1] - from)) {
    const close = part.indexOf('-->', open + 4);
    if (close < 0) break;
    found.push([from + open, from + close + 3]);
  }
  return found;
}
