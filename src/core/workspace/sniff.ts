// Cheap looks at the frontmatter's top-level keys with regular expressions, for decisions taken before linting:
// which files are reviews (discovery) and whose they are (keeping a person's reviews together). The linter parses
// the YAML properly afterwards.
import { personKey } from '../history/reviewIndex';

// Line breaks of any kind (CRLF, LF, old Mac CR): a CR-only review is a review too.
const FRONTMATTER = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)([\s\S]*?)(?:\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/;

const keyPattern = (key: string) => new RegExp(`^["']?${key}["']?[ \\t]*:[ \\t]*(.*)$`, 'm');
const KEYS = { employee: keyPattern('employee'), cycle: keyPattern('cycle'), status: keyPattern('status'), template: keyPattern('template') };

function frontmatterOf(text: string): string | undefined {
  return FRONTMATTER.exec(text)?.[1];
}

/** True when the frontmatter has `employee` and `cycle`, or a `template` key. */
export function looksLikeReview(text: string): boolean {
  const yaml = frontmatterOf(text);
  if (yaml === undefined) return false;
  return (KEYS.employee.test(yaml) && KEYS.cycle.test(yaml)) || KEYS.template.test(yaml);
}

/**
 * A top-level scalar as written, quotes and trailing comment dropped; undefined when absent or empty, and when
 * the key is written twice: the YAML keeps the last value, and guessing here could place a review in the wrong
 * cycle or with the wrong person, so the parse decides.
 */
function sniffValue(text: string, key: keyof typeof KEYS): string | undefined {
  const found = [...(frontmatterOf(text) ?? '').matchAll(new RegExp(KEYS[key].source, 'gm'))];
  if (found.length !== 1) return undefined;
  return found[0][1].replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2') || undefined;
}

/** The `employee` value as written (quotes and trailing comments dropped); undefined when absent. */
export function sniffEmployee(text: string): string | undefined {
  return sniffValue(text, 'employee');
}

/** The `cycle` value as written; undefined when absent. */
export function sniffCycle(text: string): string | undefined {
  return sniffValue(text, 'cycle');
}

/** The `status` value as written; undefined when absent. */
export function sniffStatus(text: string): string | undefined {
  return sniffValue(text, 'status');
}

/** The `employee` value, folded for matching; undefined when absent. */
export function sniffPerson(text: string): string | undefined {
  const value = sniffEmployee(text);
  return value ? personKey(value) : undefined;
}
