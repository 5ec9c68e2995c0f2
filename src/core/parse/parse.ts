import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readKpis } from '../kpi/readKpis';
import { findOwner } from '../language/owners';
import type { ActionItem, Goal, HtmlComment, ListItem, ReviewDocument, ReviewMeta, Section, TextBlock } from '../model';
import { TemplateRegistry, type Template } from '../templates/template';
import { LineMap } from '../text/lineMap';
import { findDueDate } from './dueDates';
import { readFrontmatter, yamlRange } from './frontmatter';
import { normalizeHeading } from '../text/headings';
import { sectionByKeywords, SectionResolver } from './headings';
import { remarkTablesAndTasks } from './remarkTablesAndTasks';

export interface ParseOptions {
  templates?: TemplateRegistry;
  /** Template for reviews whose frontmatter names none. */
  defaultTemplate?: string;
  /** "Today", for relative dates such as 下季度; defaults to now. */
  today?: Date;
}

export interface ParsedReview extends ReviewDocument {
  template: Template;
  /** "Today" for relative dates and for the dates quick fixes insert. */
  today: Date;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTablesAndTasks);
// remark-frontmatter, after failing on an unclosed `---`, misreads later `-` list items as paragraphs.
const processorWithoutFrontmatter = unified().use(remarkParse).use(remarkTablesAndTasks);

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
  return (
    registry.get(meta.template) ??
    registry.get(options.defaultTemplate) ??
    registry.get(/[\u4e00-\u9fff]/.test(text.slice(0, 4000)) ? 'livestream-ops' : 'general') ??
    registry.list()[0]
  );
}

/** Parses review text into the model every rule reads. Never throws on any input string. */
function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}

export function parse(text: string, options: ParseOptions = {}): ParsedReview {
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
  const template = chooseTemplate(meta, text, options);
  const registry = options.templates ?? defaultRegistry;
  const resolver = new SectionResolver([template, ...registry.list().filter((t) => t !== template)]);
  const rangeOf = (path: readonly (string | number)[], part?: 'key' | 'value') => yamlRange(frontmatter, lines, path, part);

  // With an unterminated frontmatter, `---` is read as a thematic break: the body is still linted.
  const tree = (frontmatter?.unterminated ? processorWithoutFrontmatter : processor).parse(text) as Root;

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
      const itemStart = item.position!.start.offset!;
      const itemEnd = item.position!.end.offset!;
      const start = own[0]?.position?.start.offset ?? itemEnd;
      const end = own.at(-1)?.position?.end.offset ?? itemEnd;
      const block = addBlock('listItem', start, end) as ListItem;
      block.checked = item.checked ?? null;
      block.itemRange = lines.range(itemStart, itemEnd);
      block.depth = depth;
      listItems.push(block);
      for (const child of item.children) if (child.type === 'list') visitList(child, depth + 1);
    }
  };

  const visit = (node: RootContent) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'heading': {
        const heading = text.slice(start, end).replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*#{1,6}\s*/, '').replace(/\s+#+\s*$/, '').trim();
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
      case 'paragraph':
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
      case 'table':
        markContent();
        for (const row of node.children)
          for (const cell of row.children) addBlock('tableCell', cell.position!.start.offset!, cell.position!.end.offset!);
        return;
      case 'html':
        if (!isComment(node.value)) markContent();
        return;
      case 'yaml':
        return;
      default:
        markContent();
    }
  };
  for (const node of tree.children) visit(node);

  // Comments anywhere in the body (block-level, or inline at the end of a list item or paragraph):
  // the inline disable directives live in them.
  const collectComments = (node: Nodes) => {
    if (node.type === 'html' && isComment(node.value) && node.position) {
      const offset = node.position.start.offset!;
      comments.push({ text: node.value, range: lines.range(offset, node.position.end.offset!), offset });
    } else if ('children' in node) {
      for (const child of node.children) collectComments(child);
    }
  };
  collectComments(tree);

  // Headings no alias matches, at the level the recognised sections use, are read by their key words
  // (二、业绩回顾 is the goals section) unless that section is already there under one of its names.
  const level = sections.find((s) => s.id)?.level ?? 2;
  const ids = new Set(template.sections.map((t) => t.id).filter((id) => !sections.some((s) => s.id === id)));
  for (const s of sections) {
    if (s.id || s.level !== level) continue;
    s.id = sectionByKeywords(s.heading, ids);
    if (s.id) ids.delete(s.id);
  }

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
  const today = options.today ?? new Date();
  const actions: ActionItem[] = [];
  const goals: Goal[] = [];
  for (const item of listItems) {
    if (item.checked !== null) {
      const owner = findOwner(item.text);
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

  return {
    text,
    lines,
    frontmatter,
    meta,
    kpis: readKpis(data, rangeOf),
    sections,
    blocks,
    listItems,
    actions,
    goals,
    comments,
    template,
    today,
    yamlRange: rangeOf,
  };
}
