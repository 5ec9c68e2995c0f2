// The review model: what `parse()` returns and every rule, the CLI, the extension and the webview read.
import type { Document } from 'yaml';
import type { KpiAggregate } from './kpi/aggregate';
import type { LineMap } from './text/lineMap';
import type { Range } from './text/position';

export type { Position, Range } from './text/position';

/** The canonical sections of a review (DESIGN.md §1). */
export const CANONICAL_SECTIONS = ['goals', 'data', 'teamwork', 'growth', 'improvements', 'outlook'] as const;

export interface YamlIssue {
  /** The YAML library's own (English) message, kept for the code's sake; findings use `code`. */
  message: string;
  /** What went wrong (the YAML library's code, or TOO_LARGE / TOO_DEEP / ALIAS_LIMIT), so it can be said in either language. */
  code: string;
  /** The key concerned, for a duplicate key. */
  key?: string;
  range: Range;
}

export interface Frontmatter {
  /** The whole block including the `---` fences. */
  range: Range;
  /** Offset in the document of the first character of the YAML source. */
  contentOffset: number;
  source: string;
  document: Document.Parsed | undefined;
  /** The YAML as plain data when it is a mapping; undefined when broken or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** The first YAML errors (at most `MAX_YAML_ISSUES`); `syntaxErrorCount` counts them all. */
  syntaxErrors: YamlIssue[];
  syntaxErrorCount: number;
  /** Opening fence without a closing one: the whole file would otherwise be read as YAML. */
  unterminated: boolean;
}

/** A number read from text such as `8%`, `1.2万`, `¥1.2M`, `1,250,000`. */
export interface Quantity {
  value: number;
  /** Unit written next to the number (`%`, `元`, `人`, `min`…), if any. */
  unit?: string;
  percent: boolean;
  raw: string;
}

export type KpiDirection = 'higher' | 'lower';

export interface KpiSession {
  label?: string;
  value?: Quantity;
  raw: unknown;
  range?: Range;
}

export interface Kpi {
  index: number;
  /** False when the entry is not a mapping (the frontmatter rule reports it; other rules skip it). */
  wellFormed: boolean;
  name: string;
  id?: string;
  unit?: string;
  better: KpiDirection;
  /** How sessions make up the cycle's value: declared as `aggregate:` or inferred (see kpi/aggregate.ts). */
  aggregate: KpiAggregate;
  target?: Quantity;
  actual?: Quantity;
  targetRaw?: unknown;
  actualRaw?: unknown;
  sessions: KpiSession[];
  /** Range of the whole KPI entry in the frontmatter. */
  range: Range;
  nameRange?: Range;
  targetRange?: Range;
  actualRange?: Range;
  /** actual / target, inverted for `better: lower`; undefined when either value is missing or target is 0. */
  attainment?: number;
}

/** A block of body text. `text` is the raw source slice, so `offset + i` is the document offset of `text[i]`. */
export interface TextBlock {
  /** `tableRow` only for goals written as table rows; `blocks` holds their cells instead. */
  kind: 'paragraph' | 'listItem' | 'tableCell' | 'tableRow' | 'blockquote';
  text: string;
  offset: number;
  range: Range;
  /** Index into `ReviewDocument.sections` of the innermost section holding it, or -1 before any heading. */
  section: number;
}

export interface ListItem extends TextBlock {
  kind: 'listItem';
  /** Task state: true `[x]`, false `[ ]`, null for an ordinary item. */
  checked: boolean | null;
  /** Range of the whole item including its marker. */
  itemRange: Range;
  depth: number;
}

export interface Section {
  index: number;
  level: number;
  /** Heading text as written, without `#` marks. */
  heading: string;
  /** Heading text with numbering (一、 （二） 3. Part 2:) removed and width/case folded. */
  normalized: string;
  /** Section id from the template (canonical ids for the built-in templates), when the heading resolves. */
  id?: string;
  /** Range of the heading line. */
  headingRange: Range;
  /** From the heading to just before the next heading of the same or a higher level. */
  range: Range;
  /** Offsets of the body (after the heading line) — to the next heading of any level. */
  bodyStart: number;
  bodyEnd: number;
  parent: number;
  /** True when the section and its subsections hold no text besides headings and comments. */
  empty: boolean;
}

export interface Owner {
  name: string;
  range: Range;
}

export interface DueDate {
  text: string;
  range: Range;
  /** The date it resolves to, when it resolves to one (ISO yyyy-mm-dd). */
  date?: string;
}

export interface ActionItem {
  item: ListItem;
  done: boolean;
  owner?: Owner;
  /** A place held for an owner that names nobody (负责人：待定, Owner: TBD); set only when `owner` is not. */
  ownerPlaceholder?: Owner;
  due?: DueDate;
}

export interface Goal {
  block: TextBlock;
}

export interface HtmlComment {
  text: string;
  range: Range;
  offset: number;
}

export interface ReviewMeta {
  employee?: string;
  reviewer?: string;
  cycle?: string;
  status?: string;
  date?: string;
  template?: string;
}

/** A part of the document that was not analysed, and why: reported as an `analysis-limit` finding. */
export interface AnalysisLimit {
  range: Range;
  message: { en: string; zh: string };
}

export interface ReviewDocument {
  text: string;
  lines: LineMap;
  frontmatter?: Frontmatter;
  meta: ReviewMeta;
  kpis: Kpi[];
  sections: Section[];
  blocks: TextBlock[];
  listItems: ListItem[];
  actions: ActionItem[];
  goals: Goal[];
  /** HTML comments of the body, block-level or inline, in document order. */
  comments: HtmlComment[];
  limits: AnalysisLimit[];
  /** Range of a frontmatter node by path (e.g. ['kpis', 0, 'target']); undefined when absent. */
  yamlRange(path: readonly (string | number)[], part?: 'key' | 'value'): Range | undefined;
}
