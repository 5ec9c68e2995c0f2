// Cheap looks at the frontmatter's top-level keys with regular expressions, for decisions taken before linting:
// which files are reviews (discovery) and whose they are (keeping a person's reviews together). The linter parses
// the YAML properly afterwards.
import { personKey } from '../history/reviewIndex';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const keyPattern = (key: string) => new RegExp(`^["']?${key}["']?[ \\t]*:[ \\t]*(.*)$`, 'm');
const KEYS = { employee: keyPattern('employee'), cycle: keyPattern('cycle'), template: keyPattern('template') };

function frontmatterOf(text: string): string | undefined {
  return FRONTMATTER.exec(text)?.[1];
}

/** True when the frontmatter has `employee` and `cycle`, or a `template` key. */
export function looksLikeReview(text: string): boolean {
  const yaml = frontmatterOf(text);
  if (yaml === undefined) return false;
  return (KEYS.employee.test(yaml) && KEYS.cycle.test(yaml)) || KEYS.template.test(yaml);
}

/** A top-level scalar as written, quotes and trailing comment dropped; undefined when absent or empty. */
function sniffValue(text: string, key: keyof typeof KEYS): string | undefined {
  const raw = KEYS[key].exec(frontmatterOf(text) ?? '')?.[1];
  return raw?.replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2') || undefined;
}

/** The `employee` value as written (quotes and trailing comments dropped); undefined when absent. */
export function sniffEmployee(text: string): string | undefined {
  return sniffValue(text, 'employee');
}

/** The `cycle` value as written; undefined when absent. */
export function sniffCycle(text: string): string | undefined {
  return sniffValue(text, 'cycle');
}

/** The `employee` value, folded for matching; undefined when absent. */
export function sniffPerson(text: string): string | undefined {
  const value = sniffEmployee(text);
  return value ? personKey(value) : undefined;
}
