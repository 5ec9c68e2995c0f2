// The snippets a person types at the start of a line in a review — a section, a SMART goal, an action
// item, a follow-up — with what the review already knows filled in: the person (frontmatter, else the
// file name) as owner, and a due date at the end of the cycle after the review's (frontmatter, else
// the folder, else today's quarter). The bodies are those of the contributed snippet files, so the two never
// drift; only the VS Code variables that cannot know the review are replaced.
import { cycleOf, localDay, nextCycle, parseCycle } from '../cycles/cycle';
import type { Locale } from '../i18n';

/** One entry of a `.code-snippets` file. */
export interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

export type LineSnippetKind = 'section' | 'goal' | 'action' | 'followup';

export interface LineSnippet {
  name: string;
  kind: LineSnippetKind;
  /** The language of the snippet's file: a review's own language sorts first. */
  language: Locale;
  description: string;
  /** What typing matches: the prefixes, the name and the words people use for the kind. */
  keywords: string[];
  body: string;
}

/** The words for each kind that should bring its snippets up, in both languages. */
const KIND_WORDS: Record<LineSnippetKind, string[]> = {
  section: ['section', '章节'],
  goal: ['goal', 'smart', '目标'],
  action: ['action', 'todo', '行动项', '改进'],
  followup: ['follow-up', 'followup', '跟进', '后续'],
};

const KIND_OF_PREFIX: [RegExp, LineSnippetKind][] = [
  [/^section-/, 'section'],
  [/^goal-/, 'goal'],
  [/^action-/, 'action'],
  [/^followup-/, 'followup'],
];

/** The line snippets of the snippet files, by language (entries of other kinds are skipped). */
export function lineSnippets(files: Record<Locale, Record<string, SnippetDefinition>>): LineSnippet[] {
  const out: LineSnippet[] = [];
  for (const [language, file] of Object.entries(files) as [Locale, Record<string, SnippetDefinition>][]) {
    for (const [name, def] of Object.entries(file)) {
      const prefixes = [def.prefix].flat();
      const kind = KIND_OF_PREFIX.find(([re]) => prefixes.some((p) => re.test(p)))?.[1];
      if (!kind) continue;
      const nameWords = name.split(/[:：]\s*/).filter(Boolean);
      out.push({
        name,
        kind,
        language,
        description: def.description ?? '',
        keywords: [...new Set([...prefixes, name, ...nameWords, ...KIND_WORDS[kind]].map((k) => k.toLowerCase()))],
        body: [def.body].flat().join('\n'),
      });
    }
  }
  return out;
}

/**
 * The snippets that what was typed so far at the start of a line can mean: a keyword starting with
 * it, or (two characters or more) containing it — so `目标` finds “SMART 目标” and “目标达成情况”.
 */
export function matchLineSnippets(typed: string, snippets: readonly LineSnippet[]): LineSnippet[] {
  const word = typed.trim().toLowerCase();
  if (!word) return [...snippets];
  return snippets.filter((s) => s.keywords.some((k) => k.startsWith(word) || ([...word].length >= 2 && k.includes(word))));
}

export interface SnippetValues {
  /** The person reviewed; undefined when neither frontmatter nor file name tells. */
  person?: string;
  cycle: string;
  /** YYYY-MM-DD: the last day of the cycle after `cycle`, when next cycle's goals and actions fall due. */
  due: string;
}

/**
 * What the snippets fill in for a review at `path` (workspace-relative or absolute, `/` separators),
 * from its frontmatter's `employee` and `cycle` when set, else from the path
 * (`reviews/{cycle}/{employee}.md`), else from `today`.
 */
export function snippetValues(input: { path: string; employee?: string; cycle?: string; today: Date }): SnippetValues {
  const segments = input.path.split('/').filter(Boolean);
  const base = segments.at(-1)?.replace(/\.(md|markdown)$/i, '');
  const person = input.employee?.trim() || (base && !/^(?:untitled|无标题)-\d+$/i.test(base) ? base : undefined);
  const cycle =
    parseCycle(input.cycle)?.id ??
    segments.slice(0, -1).reverse().map((s) => parseCycle(s)?.id).find(Boolean) ??
    cycleOf(input.today, 'quarter');
  return { person, cycle, due: endOf(nextCycle(cycle) ?? cycle) };
}

/** `body` with the review's own values where the snippet file has VS Code variables. */
export function fillSnippet(body: string, values: SnippetValues): string {
  let out = body.replace(/\$\{CURRENT_YEAR\}-12-31/g, values.due);
  // The file name, possibly through the transform that keeps a placeholder for an untitled file: the person known here.
  if (values.person) out = out.replace(/\$\{TM_FILENAME_BASE(?:\/[^/]*\/[^/]*\/)?\}/g, escapeSnippet(values.person));
  return out;
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** The last day of a cycle, YYYY-MM-DD. */
function endOf(cycleId: string): string {
  const c = parseCycle(cycleId)!;
  const year = Math.floor(c.endMonth / 12);
  const month0 = c.endMonth % 12;
  return localDay(new Date(year, month0 + 1, 0));
}
