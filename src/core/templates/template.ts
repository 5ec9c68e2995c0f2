import { parseDocument } from 'yaml';
import { MAX_YAML_NESTING, nestingExceeds } from '../parse/frontmatter';
import { sameInBoth, text as bilingual, type Text } from '../i18n';
import { normalizeHeading } from '../text/headings';
import livestreamOps from './builtin/livestream-ops.md';
import general from './builtin/general.md';

export interface TemplateSection {
  id: string;
  heading: string;
  aliases: string[];
  required: boolean;
  /** Goals are read from the list items of goal-bearing sections. */
  goals: boolean;
  /** The scaffold text under this section's heading in the template body. */
  scaffold: string;
}

export interface Template {
  id: string;
  name: string;
  language: 'zh' | 'en';
  sections: TemplateSection[];
  /** KPI names a goal may mention to count as relevant. */
  kpis: string[];
  /** Frontmatter data for a new review made from this template. */
  review: Record<string, unknown>;
  /** The template body: the scaffold of a new review. */
  body: string;
  /** Where it came from: `builtin` or the workspace path. */
  source: string;
}

/** A template file that cannot be used; `reason` says why in both languages, without the file's name. */
export class TemplateError extends Error {
  constructor(
    source: string,
    readonly reason: Text,
  ) {
    super(`${source}: ${reason.en}`);
  }
}

/** A template file's YAML frontmatter: group 1 is its YAML text. Line ends of any kind (LF, CRLF, a lone CR), as in a review. */
export const FRONTMATTER = /^\uFEFF?---(?:\r\n|\n|\r)([\s\S]*?)(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|$)/;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String) : [];
}

/** Splits a template body into the text under each `##`-or-deeper heading, keyed by normalized heading (lines end in LF or CRLF). */
function scaffoldsByHeading(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = body.replace(/\r(?!\n)/g, '\n').split(/^(#{1,6}[ \t]+.*)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    out.set(normalizeHeading(parts[i].replace(/^#+\s*/, '')), parts[i + 1].trim());
  }
  return out;
}

/** Reads a template file (Markdown whose frontmatter lists the sections). Throws TemplateError on a bad file. */
export function parseTemplate(text: string, source: string): Template {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new TemplateError(source, bilingual('a template needs YAML frontmatter listing its sections', '模板需要列出各部分的 YAML 头信息'));
  if (nestingExceeds(match[1], MAX_YAML_NESTING)) {
    throw new TemplateError(source, bilingual('YAML error: lists or mappings nest deeper than {max} levels', 'YAML 语法错误：列表或映射嵌套超过 {max} 层', { max: MAX_YAML_NESTING }));
  }
  // logLevel: a collection as a key would print a warning of the library's own; such a key means nothing here.
  const doc = parseDocument(match[1].replace(/\r(?!\n)/g, '\n'), { logLevel: 'error' });
  if (doc.errors.length) throw new TemplateError(source, bilingual('YAML error: {m}', 'YAML 语法错误：{m}', { m: doc.errors[0].message }));
  const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') throw new TemplateError(source, bilingual('the frontmatter must be a mapping (key: value lines)', '头信息必须是 YAML 映射（“键: 值”形式）'));
  const body = text.slice(match[0].length);
  const scaffolds = scaffoldsByHeading(body);
  const rawSections = Array.isArray(data.sections) ? data.sections : [];
  if (rawSections.length === 0) throw new TemplateError(source, bilingual("'sections' must list at least one section", "'sections' 至少要列出一个部分"));
  const sections = rawSections.map((raw, i): TemplateSection => {
    const s = (raw ?? {}) as Record<string, unknown>;
    const id = typeof s.id === 'string' && s.id ? s.id : `section-${i + 1}`;
    const heading = typeof s.heading === 'string' && s.heading ? s.heading : id;
    return {
      id,
      heading,
      aliases: stringList(s.aliases),
      required: s.required !== false,
      goals: s.goals === true,
      scaffold: scaffolds.get(normalizeHeading(heading)) ?? '',
    };
  });
  const language = data.language === 'en' ? 'en' : 'zh';
  return {
    id: typeof data.id === 'string' ? data.id : source,
    name: typeof data.name === 'string' ? data.name : String(data.id ?? source),
    language,
    sections,
    kpis: stringList(data.kpis),
    review: (data.review && typeof data.review === 'object' ? data.review : {}) as Record<string, unknown>,
    body,
    source,
  };
}

let builtins: Template[] | undefined;

/** The templates shipped with mdreview: `livestream-ops` (Chinese) and `general` (English). */
export function builtinTemplates(): Template[] {
  builtins ??= [parseTemplate(livestreamOps, 'builtin'), parseTemplate(general, 'builtin')];
  return builtins;
}

/** Raw text of a built-in template, for scaffolding. */
export function builtinTemplateText(id: string): string | undefined {
  return { 'livestream-ops': livestreamOps, general }[id];
}

/**
 * The template set a review is checked against: the built-ins, overridden or extended by the
 * workspace's `.mdreview/templates/<id>.md` files (already read by the caller).
 */
export class TemplateRegistry {
  /** The workspace's templates; the built-ins are parsed only when one is asked for (not to check workspace files). */
  private readonly byId = new Map<string, Template>();
  /** Workspace template files that could not be used, and why. */
  readonly errors: { path: string; reason: Text }[] = [];

  constructor(workspaceTemplates: { path: string; text: string }[] = []) {
    for (const file of workspaceTemplates) {
      try {
        const t = parseTemplate(file.text, file.path);
        const fromName = /([^/\\]+)\.md$/i.exec(file.path)?.[1];
        this.byId.set(fromName ?? t.id, { ...t, id: fromName ?? t.id });
      } catch (e) {
        this.errors.push({ path: file.path, reason: e instanceof TemplateError ? e.reason : sameInBoth((e as Error).message) });
      }
    }
  }

  get(id: string | undefined): Template | undefined {
    return id === undefined ? undefined : (this.byId.get(id) ?? builtinTemplates().find((t) => t.id === id));
  }

  /** The built-ins first (a workspace file of the same name in their place), then the workspace's others. */
  list(): Template[] {
    const all = new Map(builtinTemplates().map((t) => [t.id, t]));
    for (const [id, t] of this.byId) all.set(id, t);
    return [...all.values()];
  }
}
