// Default discovery lints only Markdown files that are reviews. Sniffing the frontmatter's top-level keys with a
// regular expression keeps discovery cheap; the linter parses the YAML properly afterwards.
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function hasKey(yaml: string, key: string): boolean {
  return new RegExp(`^["']?${key}["']?[ \\t]*:`, 'm').test(yaml);
}

/** True when the frontmatter has `employee` and `cycle`, or a `template` key. */
export function looksLikeReview(text: string): boolean {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return false;
  return (hasKey(yaml, 'employee') && hasKey(yaml, 'cycle')) || hasKey(yaml, 'template');
}
