// Cheap looks at the frontmatter's top-level keys with regular expressions, for decisions taken before linting:
// which files are reviews (discovery) and whose they are (keeping a person's reviews together). The linter parses
// the YAML properly afterwards.
import { personKey } from '../../core/history/reviewIndex';

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

/** The `employee` value, folded for matching (quotes and trailing comments dropped); undefined when absent. */
export function sniffPerson(text: string): string | undefined {
  const raw = KEYS.employee.exec(frontmatterOf(text) ?? '')?.[1];
  const value = raw?.replace(/\s+#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
  return value ? personKey(value) : undefined;
}
