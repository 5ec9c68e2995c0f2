import type { Nodes, Root, RootContent } from 'mdast';
import { readKpis } from '../kpi/readKpis';
import { findOwner } from '../language/owners';
import { maskNonProse } from '../language/prose';
import { proseLanguage } from '../language/proseLanguage';
import type { ActionItem, AnalysisLimit, Goal, HtmlComment, ListItem, ReviewDocument, ReviewMeta, Section, TextBlock } from '../model';
import { text as bilingual, type Locale } from '../i18n';
import { TemplateRegistry, type Template } from '../templates/template';
import { htmlComments } from '../text/htmlComments';
import { LineMap } from '../text/lineMap';
import { findDueDate } from './dueDates';
import { readFrontmatter, yamlRange } from './frontmatter';
import { headingText, normalizeHeading } from '../text/headings';
import { SectionResolver } from './headings';
import { recogniseSections } from './sectionRecognition';
import { maskWideRows, MAX_TABLE_CELLS } from './wideRows';
import { markdownTree, type ChunkCache } from './markdownTree';
import { maskDeepNesting, MAX_NESTING } from './deepNesting';
import { analysisDepth, type AnalysisDepth } from './sizeBudget';

export interface ParseOptions {
  templates?: TemplateRegistry;
  /** Template for reviews whose frontmatter names none. */
  defaultTemplate?: string;
  /** "Today", for relative dates such as 下季度; defaults to now. */
  today?: Date;
  /** The trees of this document's last parse, by chunk (the editor's): a keystroke re-parses only the chunk it touched. */
  chunkTrees?: ChunkCache;
}

export interface ParsedReview extends ReviewDocument {
  template: Template;
  /** The language the review is written in, for messages about it: see `reviewLanguage`. */
  language: Locale;
  /** "Today" for relative dates and for the dates quick fixes insert. */
  today: Date;
  /** How much of the review was analysed, by its size: rules that need more are skipped. */
  depth: AnalysisDepth;
}

const defaultRegistry = new TemplateRegistry();

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/** Picks the review's template: its `template:` key, else the default, else by the language of the headings. */
function chooseTemplate(meta: ReviewMeta, text: string, options: ParseOptions): Template {
  const registry = options.templates ?? defaultRegistry;
  const named = registry.get(meta.template) ?? registry.get(options.defaultTemplate);
  return named ?? registry.get(/[\u4e00-\u9fff]/.test(text.slice(0, 4000)) ? 'livestream-ops' : 'general') ?? registry.list()[0];
}

/**
 * Longest goal or action item that the language analysis reads (owners, dates, SMART). A real one is a
 * sentence or two; the date and number patterns cost more than linear time on long runs of digits or
 * spaces, so a longer item is reported as an analysis limit instead of freezing the linter.
 */
const MAX_ITEM_LENGTH = 1000;

function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}

/**
 * Parses review text into the model every rule reads; never throws. Should the parser fail on some
 * input, the review is parsed again with every line blanked (offsets stay valid) and the failure
 * becomes an analysis limit.
 */
export function parse(text: string, options: ParseOptions = {}): ParsedReview {
  try {
    return parseReview(text, options);
  } catch (e) {
    return failed(text, options, e);
  }
}

/** What the frontmatter alone gives: enough for a review read as history beyond the previous cycle. */
export type Head = Pick<ParsedReview, 'lines' | 'frontmatter' | 'meta' | 'kpis' | 'template' | 'language' | 'today' | 'yamlRange' | 'depth'>;

function readHead(text: string, options: ParseOptions): Head {
  const lines = new LineMap(text);
  const frontmatter = readFrontmatter(text, lines);
  const data = frontmatter?.data;
  const meta: ReviewMeta = {
    employee: str(data?.employee),
    reviewer: str(data?.reviewer),
    cycle: str(data?.cycle),
    status: str(data?.status),
    date: str(data?.date),
    template: str(data?.template),
  };
  const rangeOf = (path: readonly (string | number)[], part?: 'key' | 'value') => yamlRange(frontmatter, lines, path, part);
  const template = chooseTemplate(meta, text, options);
  // The language the prose is written in, whatever the template's (an English team may use the live-streaming
  // template); the template's only when there is no prose to tell by.
  const language = proseLanguage(text, frontmatter && !frontmatter.unterminated ? lines.offset(frontmatter.range.end) : 0) ?? template.language;
  return { lines, frontmatter, meta, kpis: readKpis(data, rangeOf), template, language, today: options.today ?? new Date(), yamlRange: rangeOf, depth: analysisDepth(text) };
}

/** The fields only the Markdown body gives, which `parseLazily` leaves until one is read. */
const BODY_FIELDS = ['sections', 'blocks', 'listItems', 'actions', 'goals', 'comments', 'limits'] as const;

/**
 * The review with its frontmatter (person, cycle, KPIs) read now and its Markdown body parsed the first time
 * one of the body's fields is read. For reviews read as history: the rules read only the cycle and KPIs of
 * all but the previous review, and the body is most of a parse's cost.
 */
export function parseLazily(text: string, options: ParseOptions = {}): ParsedReview {
  let head: Head;
  try {
    head = readHead(text, options);
  } catch {
    return parse(text, options);
  }
  let body: ParsedReview | undefined;
  const full = (): ParsedReview => {
    if (!body) {
      try {
        body = parseReview(text, options, head);
      } catch (e) {
        body = failed(text, options, e);
      }
    }
    return body;
  };
  const doc = { text, ...head } as ParsedReview;
  for (const field of BODY_FIELDS) Object.defineProperty(doc, field, { enumerable: true, get: () => full()[field] });
  return doc;
}

function failed(text: string, options: ParseOptions, e: unknown): ParsedReview {
  const doc = { ...parseReview(text.replace(/[^\r\n]/g, ' '), options), text };
  const message = String((e as Error)?.message ?? e).slice(0, 200);
  doc.limits.push({ range: doc.lines.range(0, 0), message: bilingual('the document could not be analysed: {message}', '无法解析此文档：{message}', { message }) });
  return doc;
}

/**
 * The mdast tree of the review's body, and the lines nested too deep to be parsed. A frontmatter that remark cannot
 * see as one (closed by `...`) is blanked, so its YAML is not read as Markdown; an unclosed one stays, its `---` a
 * thematic break, so the body is still linted. Above the body budget nothing is parsed: the tree would take gigabytes.
 */
function bodyTree(text: string, head: Head, chunkTrees: ChunkCache | undefined): { tree: Root; masks: ParseMasks } {
  const { frontmatter, lines } = head;
  if (head.depth === 'frontmatter') return { tree: { type: 'root', children: [] }, masks: {} };
  const frontmatterEnd = frontmatter && !frontmatter.unterminated ? lines.offset(frontmatter.range.end) : 0;
  // The frontmatter's lines are YAML, not Markdown lists (its own nesting limit is in frontmatter.ts).
  const nesting = maskDeepNesting(text, frontmatterEnd);
  const wide = maskWideRows(nesting.text, frontmatterEnd);
  const masks = { blanked: nesting.blanked, wideRows: wide.rows };
  const tree = markdownTree(wide.text, { frontmatterEnd, cache: chunkTrees });
  if (!frontmatterEnd || (tree.children[0]?.type === 'yaml' && tree.children[0].position?.end.offset === frontmatterEnd)) return { tree, masks };
  const blank = wide.text.slice(0, frontmatterEnd).replace(/[^\r\n]/g, ' ');
  return { tree: markdownTree(blank + wide.text.slice(frontmatterEnd)), masks };
}

function parseReview(text: string, options: ParseOptions, head = readHead(text, options)): ParsedReview {
  const { tree, masks } = bodyTree(text, head, options.chunkTrees);
  return reviewFromTree(text, tree, options, head, masks);
}

/** Start and end offsets of a node (a node without a position, which no parser here makes, is empty at 0). */
function span(node: Nodes): [number, number] {
  const start = node.position?.start.offset ?? 0;
  return [start, node.position?.end.offset ?? start];
}

/** Whether an HTML block is a comment only (a directive, or a note to the writer): no content of the section. */
function isCommentBlock(node: Nodes): boolean {
  return node.type === 'html' && isComment(node.value);
}

/** What the parser was not shown in full: lines the nesting limit blanked, rows whose excess cells were. */
export interface ParseMasks {
  blanked?: readonly { start: number; end: number }[];
  wideRows?: readonly { start: number; end: number }[];
}

/** The review model from an mdast tree of `text` (the engine's own parse, or a unified pipeline's: see src/unified). */
export function reviewFromTree(text: string, tree: Root, options: ParseOptions, head: Head, { blanked = [], wideRows = [] }: ParseMasks = {}): ParsedReview {
  const { lines, frontmatter, meta, template, depth } = head;
  const registry = options.templates ?? defaultRegistry;
  const resolver = new SectionResolver([template, ...registry.list().filter((t) => t !== template)]);
  const limits: AnalysisLimit[] = [];
  if (blanked.length) {
    const { start, end } = blanked[0];
    const n = blanked.length;
    limits.push({ range: lines.range(start, end), message: bilingual('nesting deeper than {max} levels was not analysed ({n} lines)', '嵌套超过 {max} 层的内容未检查（{n} 行）', { max: MAX_NESTING, n }) });
  }
  if (wideRows.length) {
    const { start, end } = wideRows[0];
    limits.push({ range: lines.range(start, end), message: bilingual('table rows of more than {max} cells were read as {max} cells ({n} rows)', '超过 {max} 列的表格行只按前 {max} 列读取（{n} 行）', { max: MAX_TABLE_CELLS, n: wideRows.length }) });
  }

  const sections: Section[] = [];
  const blocks: TextBlock[] = [];
  const listItems: ListItem[] = [];
  const comments: HtmlComment[] = [];
  const contentSeen: boolean[] = [];

  const currentSection = () => sections.length - 1;
  const markContent = () => {
    for (let s = currentSection(); s >= 0; s = sections[s].parent) contentSeen[s] = true;
  };
  const addBlock = (kind: TextBlock['kind'], start: number, end: number): TextBlock => {
    const block: TextBlock = { kind, text: text.slice(start, end), offset: start, range: lines.range(start, end), section: currentSection() };
    blocks.push(block);
    return block;
  };

  const visitList = (list: Extract<Nodes, { type: 'list' }>, depth: number) => {
    for (const item of list.children) {
      const own = item.children.filter((c) => c.type !== 'list');
      const [itemStart, itemEnd] = span(item);
      const end = own.length ? span(own.at(-1)!)[1] : itemEnd;
      // After a checkbox on an otherwise empty line the parser starts the text at the line break or at the
      // next line's margin, depending on the line ending: start at the first visible character instead.
      let start = own.length ? span(own[0])[0] : itemEnd;
      while (start < end && /\s/.test(text[start])) start++;
      const block = addBlock('listItem', start, end) as ListItem;
      block.checked = item.checked ?? null;
      block.itemRange = lines.range(itemStart, itemEnd);
      block.depth = depth;
      listItems.push(block);
      for (const child of item.children) if (child.type === 'list') visitList(child, depth + 1);
    }
  };

  const tableRows: TextBlock[] = [];
  const visit = (node: RootContent) => {
    const [start, end] = span(node);
    switch (node.type) {
      case 'heading': {
        const heading = headingText(text.slice(start, end));
        let parent = currentSection();
        while (parent >= 0 && sections[parent].level >= node.depth) parent = sections[parent].parent;
        if (sections.length) sections[sections.length - 1].bodyEnd = start;
        sections.push({
          index: sections.length,
          level: node.depth,
          heading,
          normalized: normalizeHeading(heading),
          id: resolver.resolve(heading),
          headingRange: lines.range(start, end),
          range: lines.range(start, text.length),
          bodyStart: end,
          bodyEnd: text.length,
          parent,
          empty: true,
        });
        contentSeen.push(false);
        return;
      }
      // A pipeline that parses link definitions (`[x]: …`) gives them nodes of their own: they are text of the review.
      case 'paragraph':
      case 'definition':
        markContent();
        addBlock('paragraph', start, end);
        return;
      case 'list':
        markContent();
        visitList(node, 0);
        return;
      case 'blockquote':
        markContent();
        addBlock('blockquote', start, end);
        return;
      case 'table': {
        markContent();
        // Cells beyond the header's are no part of the table (GFM): 100 KB of `|` in a row are not 100,000 cells to read.
        const columns = node.children[0]?.children.length ?? 0;
        for (const row of node.children) for (const cell of row.children.slice(0, columns)) addBlock('tableCell', ...span(cell));
        // Body rows may be goals (| 观看人数 | 12000 | 2026-12-31 |): one goal per row, read whole.
        for (const row of node.children.slice(1)) {
          const [from, to] = span(row);
          tableRows.push({ kind: 'tableRow', text: text.slice(from, to), offset: from, range: lines.range(from, to), section: currentSection() });
        }
        return;
      }
      case 'html':
        if (!isCommentBlock(node)) markContent();
        return;
      case 'yaml':
        return;
      default:
        markContent();
    }
  };
  for (const node of tree.children) visit(node);

  // Comments anywhere in the body (block-level, or inline in a paragraph, heading or table row): the inline
  // disable directives live in them. The engine does not parse inline Markdown, so inline comments are found in the
  // source text. An explicit stack, in document order: no recursion.
  const addComment = (start: number, end: number) => comments.push({ text: text.slice(start, end), range: lines.range(start, end), offset: start });
  const pending: Nodes[] = [...tree.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    const [start, end] = span(node);
    if (node.type === 'html') {
      if (isCommentBlock(node)) addComment(start, end);
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow' || node.type === 'definition') {
      // A table row whole: a directive in a cell past the header's columns is still read.
      for (const [from, to] of htmlComments(text, start, end)) addComment(from, to);
    } else if ('children' in node && node.type !== 'tableCell') {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
    }
  }

  // Headings no alias matches are read by their key words, number and place (sectionRecognition.ts).
  recogniseSections(sections, template, resolver.keys);

  // A section's range runs to the next heading of the same or a higher level: one backward pass that
  // remembers, per level, where the nearest following heading at that level or above starts.
  const nextAtOrAbove: number[] = [];
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    const start = lines.offset(s.headingRange.start);
    s.range = lines.range(start, nextAtOrAbove[s.level] ?? text.length);
    s.empty = !contentSeen[s.index];
    for (let level = s.level; level <= 6; level++) nextAtOrAbove[level] = start;
  }

  const goalSections = new Set(template.sections.filter((t) => t.goals).map((t) => t.id));
  const inGoalSection = (index: number): boolean =>
    index >= 0 && (goalSections.has(sections[index].id ?? '') || inGoalSection(sections[index].parent));
  const today = head.today;
  const actions: ActionItem[] = [];
  const people = [head.meta.employee, head.meta.reviewer].filter((name): name is string => !!name);
  const goals: Goal[] = [];
  const tooLong: ListItem[] = [];
  for (const item of listItems) {
    if (item.text.length > MAX_ITEM_LENGTH && (item.checked !== null || (item.depth === 0 && inGoalSection(item.section)))) {
      tooLong.push(item);
    } else if (item.checked !== null && depth !== 'prose') {
      // Without the language layer an action's owner and date are not read (its rules are skipped).
      actions.push({ item, done: item.checked });
    } else if (item.checked !== null) {
      // Comments and template prompts are not the author's words: 负责人：【待填写】 names nobody.
      const owner = findOwner(maskNonProse(item.text), people);
      const ownerAt = (o: { name: string; index: number; length: number }) => ({ name: o.name, range: lines.range(item.offset + o.index, item.offset + o.index + o.length) });
      const due = findDueDate(item.text, today);
      actions.push({
        item,
        done: item.checked,
        owner: owner && !owner.placeholder ? ownerAt(owner) : undefined,
        ownerPlaceholder: owner?.placeholder ? ownerAt(owner) : undefined,
        due: due && { text: due.text, date: due.date, range: lines.range(item.offset + due.index, item.offset + due.index + due.text.length) },
      });
    } else if (item.depth === 0 && inGoalSection(item.section)) {
      goals.push({ block: item });
    }
  }
  for (const row of tableRows) if (inGoalSection(row.section)) goals.push({ block: row });

  if (tooLong.length) {
    limits.push({
      range: tooLong[0].range,
      message: bilingual(
        'goals and action items longer than {max} characters were not checked as such ({n})',
        '超过 {max} 个字符的目标和行动项未按目标或行动项检查（{n} 条）',
        { max: MAX_ITEM_LENGTH, n: tooLong.length },
      ),
    });
  }

  return {
    text,
    lines,
    frontmatter,
    meta,
    kpis: head.kpis,
    sections,
    blocks,
    listItems,
    actions,
    goals,
    comments,
    limits,
    template,
    language: head.language,
    today,
    yamlRange: head.yamlRange,
    depth,
  };
}
