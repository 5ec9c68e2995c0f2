import MarkdownIt, { type StateBlock, type Token } from 'markdown-it';

/** A block of the review's Markdown body, with offsets into the review's own text. */
export interface MdBlock {
  type: 'heading' | 'paragraph' | 'list' | 'listItem' | 'blockquote' | 'table' | 'tableRow' | 'html' | 'other';
  start: number;
  end: number;
  children: MdBlock[];
  /** Heading level (1–6). */
  depth?: number;
  /** A list item's task checkbox: true `[x]`, false `[ ]`, null none. */
  checked?: boolean | null;
  /** A table row's cells as [start, end) offsets, each from its leading `|` (GFM's cell positions). */
  cells?: [number, number][];
  /** An HTML block's source lines (container prefixes removed). */
  html?: string;
}

// CommonMark blocks plus GFM tables, block rules only: the model reads inline text from the source itself,
// so no inline rule ever runs. Link reference definitions are left to the paragraph rule, as remark's
// parser (with definitions disabled) did: no rule reads them, and `[x]: …` is review text.
// maxNesting: maskDeepNesting already bounds the nesting; markdown-it would silently drop anything deeper.
const md = new MarkdownIt('commonmark', { html: true, maxNesting: Number.MAX_SAFE_INTEGER });
md.block.ruler.disable('reference');

// markdown-it records lines only (`token.map`), and a line's start inside containers (after `> ` or a list
// marker's indent) is known only while the rule runs: each rule notes it on the tokens it made. (`__rules__`
// is the only way to reach a rule's function and options.)
for (const { name, fn, alt } of [...md.block.ruler.__rules__]) {
  md.block.ruler.at(name, (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const first = state.tokens.length;
    const matched = fn(state, startLine, endLine, silent);
    if (matched && !silent) {
      // Tokens of nested blocks were noted by their own rules, inside their containers.
      for (let i = first; i < state.tokens.length; i++) {
        const token = state.tokens[i];
        if (!token.map || token.meta !== null) continue;
        const line = token.map[0];
        let start = state.bMarks[line] + state.tShift[line];
        // An HTML block starts at its container's margin (as in micromark), before the spaces that indent it.
        if (token.type === 'html_block') {
          for (let margin = state.sCount[line] - state.blkIndent; margin > 0 && state.src.charCodeAt(start - 1) === 32; margin--) start--;
        }
        token.meta = { start };
      }
    }
    return matched;
  }, { alt });
}
// GFM tries a table after the blocks that a line's first character opens (headings, HTML, fences), as
// micromark did; markdown-it tries it first.
const table = md.block.ruler.__rules__.find((rule) => rule.name === 'table')!;
md.block.ruler.disable('table');
// A delimiter row without a `|` is a setext underline (`| a |` over `---` is a heading), as in micromark.
function delimiterHasPipe(state: StateBlock, line: number): boolean {
  if (line >= state.lineMax) return false;
  for (let i = state.bMarks[line] + state.tShift[line]; i < state.eMarks[line]; i++) if (state.src.charCodeAt(i) === 124 /* | */) return true;
  return false;
}
md.block.ruler.before('lheading', 'gfmTable', (state, startLine, endLine, silent) => delimiterHasPipe(state, startLine + 1) && table.fn(state, startLine, endLine, silent), { alt: table.alt });

/** Openers and closers of the HTML blocks that end at a marker (CommonMark's kinds 1–5); the others end at a blank line. */
const HTML_CLOSERS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** A task checkbox opening a list item's first paragraph, then a space, tab or line break (GFM). */
const TASK_CHECKBOX = /^\[[ \txX]\][ \t\n]/;

/** A line that opens a block quote or a list item. */
const CONTAINER_START = /^ {0,3}(?:>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * What markdown-it reads: same length as the text, so every offset is the text's own. markdown-it splits lines
 * at `\n` only: a CRLF's `\r` becomes a space (line ends are trimmed of it below) and a lone `\r` a `\n`. The
 * frontmatter (the model reads it with the YAML parser) becomes one blank line: markdown-it keeps five numbers
 * per line, and 100 KB of line breaks in a frontmatter cost a fifth of its parse as lines.
 */
function blockSource(text: string, frontmatterEnd: number): string {
  const src = text.replace(/\r\n?|\0/g, (m) => (m === '\0' ? '\uFFFD' : m === '\r' ? '\n' : ' \n'));
  if (frontmatterEnd === 0) return src;
  const lastBreak = src.lastIndexOf('\n', frontmatterEnd - 1);
  const blank = lastBreak < 0 ? ' '.repeat(frontmatterEnd) : `${' '.repeat(lastBreak)}\n${' '.repeat(frontmatterEnd - lastBreak - 1)}`;
  return blank + src.slice(frontmatterEnd);
}

/**
 * GFM's cells of a table row from `start` to `end`: each cell from its leading `|` (the first from the row's
 * start) to the next unescaped `|`; a closing `|` belongs to the last cell. Cells beyond the header's `columns`
 * are ignored, as GFM says (100 KB of `|` in a body row was 100,000 cells for every rule to read).
 */
function tableCells(text: string, start: number, end: number, columns: number): [number, number][] {
  let lastVisible = end - 1;
  while (lastVisible > start && (text.charCodeAt(lastVisible) === 32 || text.charCodeAt(lastVisible) === 9)) lastVisible--;
  const cells: [number, number][] = [];
  let cellStart = start;
  for (let i = start + 1; i < lastVisible; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124 /* | */) {
      cells.push([cellStart, i]);
      if (cells.length === columns) return cells;
      cellStart = i;
    }
  }
  cells.push([cellStart, end]);
  return cells;
}

/**
 * The block structure of a review's Markdown body (CommonMark and GFM tables and task lists), with offsets
 * into `text`. Lines before `frontmatterEnd` are the frontmatter and no part of the body.
 */
export function markdownBlocks(text: string, frontmatterEnd = 0): MdBlock[] {
  const src = blockSource(text, frontmatterEnd);
  const tokens: Token[] = [];
  const state = new md.block.State(src, md, {}, tokens);
  md.block.tokenize(state, state.line, state.lineMax);
  const { eMarks, lineMax } = state;
  const lineEnd = (line: number) => eMarks[line] - (text.charCodeAt(eMarks[line] - 1) === 13 ? 1 : 0);
  // An unclosed fence or HTML block runs to its container's end, with its last line break when the document
  // ends or the next line opens a container (as micromark placed it).
  const unclosedEnd = (next: number) =>
    next >= lineMax ? text.length : CONTAINER_START.test(src.slice(eMarks[next - 1] + 1, eMarks[next])) ? eMarks[next - 1] + 1 : lineEnd(next - 1);
  // markdown-it's line counts run on over blank lines after a block quote.
  const blockquoteEnd = (next: number, first: number) => {
    let last = next - 1;
    while (last > first && /^[ \t]*$/.test(src.slice(eMarks[last - 1] + 1, eMarks[last]))) last--;
    return lineEnd(last);
  };

  const htmlEnd = (token: Token, start: number): number => {
    const [first, next] = token.map!;
    const closer = HTML_CLOSERS.find(([opener]) => opener.test(src.slice(start, eMarks[first])))?.[1];
    const closed = !closer || closer.test(src.slice(first === next - 1 ? start : eMarks[next - 2] + 1, eMarks[next - 1]));
    return closed ? lineEnd(next - 1) : unclosedEnd(next);
  };
  const fenceEnd = (token: Token): number => {
    const [first, next] = token.map!;
    const contentLines = token.content.split('\n').length - 1;
    return next - first === contentLines + 2 ? lineEnd(next - 1) : unclosedEnd(next);
  };
  const markTask = (item: MdBlock) => {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph' || !TASK_CHECKBOX.test(src.slice(paragraph.start, paragraph.start + 4))) return;
    // The checkbox needs text after it (on its line or the paragraph's next).
    if (!/\S/.test(src.slice(paragraph.start + 4, paragraph.end))) return;
    item.checked = /[xX]/.test(src[paragraph.start + 1]);
    // As remark did: the paragraph starts after the checkbox and one space, unless the checkbox ends its line
    // with a hard break (two spaces).
    if (!/^[ \t]* {2}(?:\r|\n|$)/.test(text.slice(paragraph.start + 3, paragraph.end + 1))) paragraph.start += 4;
  };

  const root: MdBlock = { type: 'other', start: 0, end: text.length, children: [] };
  const open: MdBlock[] = [root];
  let tableColumns = Infinity;
  const add = (block: MdBlock): MdBlock => {
    open[open.length - 1].children.push(block);
    return block;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const start = (token.meta as { start: number } | null)?.start ?? 0;
    const map = token.map!;
    switch (token.type) {
      case 'paragraph_open':
        add({ type: 'paragraph', start, end: lineEnd(map[1] - 1), children: [] });
        break;
      case 'heading_open':
        add({ type: 'heading', depth: Number(token.tag.slice(1)), start, end: lineEnd(map[1] - 1), children: [] });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        open.push(add({ type: 'list', start, end: start, children: [] }));
        break;
      case 'list_item_open':
        // An empty item ends at its line's end.
        open.push(add({ type: 'listItem', start, end: lineEnd(map[0]), checked: null, children: [] }));
        break;
      case 'blockquote_open':
        open.push(add({ type: 'blockquote', start, end: blockquoteEnd(map[1], map[0]), children: [] }));
        break;
      case 'table_open':
        tableColumns = Infinity;
        open.push(add({ type: 'table', start, end: lineEnd(map[1] - 1), children: [] }));
        break;
      case 'tr_open': {
        const end = lineEnd(map[0]);
        const cells = tableCells(text, start, end, tableColumns);
        // The first row is the header, which sets the number of columns.
        if (tableColumns === Infinity) tableColumns = cells.length;
        add({ type: 'tableRow', start, end, cells, children: [] });
        break;
      }
      case 'html_block':
        add({ type: 'html', start, end: htmlEnd(token, start), html: token.content, children: [] });
        break;
      case 'fence':
        add({ type: 'other', start, end: fenceEnd(token), children: [] });
        break;
      case 'code_block':
      case 'hr':
        add({ type: 'other', start, end: lineEnd(map[1] - 1), children: [] });
        break;
      case 'list_item_close':
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const block = open.pop()!;
        block.end = block.children.at(-1)?.end ?? block.end;
        if (block.type === 'listItem') markTask(block);
        break;
      }
      case 'blockquote_close': {
        // An unclosed fence or HTML block inside may end past the quote's last line.
        const block = open.pop()!;
        block.end = Math.max(block.end, block.children.at(-1)?.end ?? 0);
        break;
      }
      case 'table_close':
        open.pop();
        break;
    }
  }
  return root.children;
}
