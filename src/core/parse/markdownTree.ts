// The Markdown parser of the engine: unified + remark-parse + remark-frontmatter, with the two parts of GFM a
// review needs (tables, task lists) and without the inline constructs the model never reads.
//
// A long document is parsed in chunks that start where no block of the previous chunk can go on (see
// `splitPoints`): micromark's container handling rewrites its whole event list each time a list or quote closes,
// so 4,000 short lists between paragraphs took 7 s in one piece. The chunks' trees, shifted to their place, are
// the tree of the whole (a property test holds the two equal). The editor keeps the trees of the last parse's
// chunks: a keystroke re-parses only the chunk it touched.
import type { Nodes, Root, RootContent } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Inline Markdown the model never reads: emphasis, links, images, code spans, escapes, entities, autolinks, hard
 * breaks, inline HTML, and link reference definitions (`[x]: …` is review text). Rules read block text from the
 * source; parsing these costs time, quadratic time on adversarial runs (50,000 `*`, 20,000 `]`, 50,000 `<!--`).
 * Inline comments (the disable directives) are found in the source text.
 */
const UNREAD_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'definition', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];

/**
 * GFM tables and task list items. remark-gfm would add autolink literals, footnotes and strikethrough too, whose
 * extra passes over every text node cost about a third of the parse and which no rule reads.
 */
export function remarkTablesAndTasks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/** The engine's own parse only: the constructs of UNREAD_CONSTRUCTS are off. */
function remarkBlocksOnly(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: UNREAD_CONSTRUCTS } });
}

const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTablesAndTasks).use(remarkBlocksOnly);
const withoutFrontmatter = unified().use(remarkParse).use(remarkTablesAndTasks).use(remarkBlocksOnly);

/** Chunks are at least this long (a review of a few KB is one chunk: each parse has a fixed cost). */
export const CHUNK_CHARS = 8 * 1024;

/** A run of blank lines at least this long is a chunk of its own, not parsed: it holds no block. */
const LONG_BLANK_RUN = 256;

/** A line that opens a list item: its first line may be continued after a blank line by another item. */
const LIST_ITEM_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Offsets where a chunk may start: the start of a line at the margin, after a blank line, that opens no list item.
 * Before it every block has closed: a paragraph, quote, table or HTML block of kinds 6 and 7 at the blank line,
 * a list or indented code because the line is not indented. Only fenced code and HTML blocks of kinds 1 to 5
 * (`<!--` …) can run on across it: `markdownTree` joins a chunk that ends inside one with the next.
 */
function splitPoints(text: string, from: number, minChars: number): { points: number[]; soft: Set<number> } {
  const points: number[] = [];
  const soft = new Set<number>();
  let last = from;
  let blank = false;
  // Where the current run of blank lines started, and how many lines it has.
  let runStart = from;
  let runLines = 0;
  for (let start = from; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    const isBlank = /^[ \t]*$/.test(line);
    if (isBlank && !blank) [runStart, runLines] = [start, 0];
    if (isBlank) runLines++;
    const long = blank && !isBlank && runLines >= LONG_BLANK_RUN && runStart > last;
    if (blank && !isBlank && start - last >= minChars && !/^[ \t]/.test(line) && !LIST_ITEM_START.test(line)) {
      // A long blank run before a split point is cut off as a chunk of its own (only blank lines: nothing to parse).
      if (long) points.push(runStart);
      points.push(start);
      last = start;
    } else if (long) {
      // Before any other line a long blank run is cut off too, but softly: the chunks are joined again unless the
      // one before ends in a block that no later line can continue (see `closedBlocks`).
      points.push(runStart, start);
      soft.add(runStart).add(start);
      last = start;
    }
    blank = isBlank;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  // A long blank run at the end: no line comes after it to continue a block.
  if (blank && runLines >= LONG_BLANK_RUN && runStart > last) points.push(runStart);
  return { points, soft };
}

/** Blocks a blank line closes for good, whatever line comes next (a list or indented code may go on after it). */
const CLOSED_BY_BLANK: ReadonlySet<string> = new Set(['paragraph', 'heading', 'table', 'thematicBreak', 'definition', 'yaml']);

/** Whether a chunk's last block is closed for good, so a soft split point after it holds. */
function closedBlocks(tree: Root): boolean {
  const last = tree.children.at(-1);
  return last === undefined || CLOSED_BY_BLANK.has(last.type);
}

/**
 * Copies of `nodes` (and of all their descendants) moved by `offset` characters and `lines` lines: a chunk starts at
 * a line start, so columns stay. The chunk's own tree is left as it was, for the next parse to reuse.
 */
function shifted(nodes: readonly RootContent[], offset: number, lines: number): RootContent[] {
  const move = (node: Nodes): Nodes => {
    const copy = { ...node } as Nodes;
    const p = node.position;
    if (p) {
      copy.position = {
        start: { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
        end: { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
      };
    }
    return copy;
  };
  const out = nodes.map(move) as RootContent[];
  // Iterative: nesting is bounded (deepNesting.ts) but no recursion is needed.
  const pending: Nodes[] = [...out];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (!('children' in node)) continue;
    (node as { children: Nodes[] }).children = node.children.map(move);
    pending.push(...(node.children as Nodes[]));
  }
  return out;
}

/**
 * Whether a chunk's tree ends inside fenced code or an HTML block that the next chunk may continue, at the top
 * level or as the last block of a list or quote (whose unclosed fence micromark runs on to the chunk's end,
 * blank lines included, where the whole document closes it with its container).
 */
function endsOpen(tree: Root, chunk: string): boolean {
  let last: Nodes | undefined = tree.children.at(-1);
  while (last && last.type !== 'code' && last.type !== 'html') last = 'children' in last ? (last.children.at(-1) as Nodes | undefined) : undefined;
  return last !== undefined && /^\s*$/.test(chunk.slice(last.position?.end.offset ?? 0));
}

const lineBreaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/** The trees of the last parse's chunks, by their text, for the next parse of the same document (the editor). */
export type ChunkCache = Map<string, Root>;

export interface TreeOptions {
  /** Whether the document opens with a frontmatter (which then ends at `frontmatterEnd`). */
  frontmatterEnd?: number;
  /** Trees of an earlier parse's chunks; replaced by this parse's. */
  cache?: ChunkCache;
  /** Shortest chunk (tests set 1 to split at every possible place). */
  chunkChars?: number;
}

/**
 * The frontmatter's `yaml` node, from its fences alone: remark-frontmatter takes the block from its opening and
 * closing fence lines, whatever lies between, so those two lines are parsed and the YAML (which `yaml` reads) is
 * not run through micromark line by line (50,000 line breaks in it took a second). Undefined when remark does
 * not see the fences as a frontmatter.
 */
function frontmatterNode(text: string, end: number): RootContent | undefined {
  const openEnd = text.search(/\r\n|\r|\n/u);
  const closeStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  if (openEnd < 0 || closeStart <= openEnd) return undefined;
  const eol = text.startsWith('\r\n', openEnd) ? '\r\n' : text[openEnd];
  const fences = text.slice(0, openEnd) + eol + text.slice(closeStart, end);
  const [node] = withFrontmatter.parse(fences).children;
  if (node?.type !== 'yaml' || node.position?.end.offset !== fences.length) return undefined;
  const lines = lineBreaks(text.slice(0, end));
  // The lines between the fences, without the line break before the closing one.
  const value = text.slice(openEnd + eol.length, closeStart).replace(/(?:\r\n|\r|\n)$/u, '');
  return { type: 'yaml', value, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines + 1, column: end - closeStart + 1, offset: end } } };
}

/** The tree of one parse of the whole text, with no chunks and no shortcuts: what `markdownTree` must give (tests). */
export function wholeTree(text: string, frontmatter: boolean): Root {
  return (frontmatter ? withFrontmatter : withoutFrontmatter).parse(text);
}

/** The mdast tree of a review's text. */
export function markdownTree(text: string, options: TreeOptions = {}): Root {
  const frontmatterEnd = options.frontmatterEnd ?? 0;
  const split = splitPoints(text, frontmatterEnd, options.chunkChars ?? CHUNK_CHARS);
  const points = [...split.points, text.length];
  const previous = options.cache;
  const next: ChunkCache = new Map();
  const children: RootContent[] = [];
  let start = 0;
  let line = 0;
  const yaml = frontmatterEnd > 0 ? frontmatterNode(text, frontmatterEnd) : undefined;
  if (yaml) {
    children.push(yaml);
    start = frontmatterEnd;
    line = lineBreaks(text.slice(0, frontmatterEnd));
  }
  for (let i = 0; i < points.length; i++) {
    const chunk = text.slice(start, points[i]);
    const processor = start === 0 && frontmatterEnd > 0 && !yaml ? withFrontmatter : withoutFrontmatter;
    const key = `${processor === withFrontmatter ? 'f' : 'b'}${chunk}`;
    let tree = previous?.get(key) ?? next.get(key);
    // Blank lines alone make no block (and micromark takes microseconds for each).
    if (!tree) tree = /^[ \t\r\n]*$/.test(chunk) ? { type: 'root', children: [] } : processor.parse(chunk);
    // Fenced code or an HTML comment still open at the chunk's end: parse it together with the next chunk.
    if (i < points.length - 1 && (endsOpen(tree, chunk) || (split.soft.has(points[i]) && !closedBlocks(tree)))) continue;
    if (options.cache) next.set(key, tree);
    children.push(...shifted(tree.children, start, line));
    line += lineBreaks(chunk);
    start = points[i];
  }
  if (options.cache) {
    options.cache.clear();
    for (const [key, tree] of next) options.cache.set(key, tree);
  }
  const end = { line: line + 1, column: text.length - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')), offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
