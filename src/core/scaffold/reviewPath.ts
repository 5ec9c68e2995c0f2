// Characters no file system accepts in a name, plus path separators: a name must not climb out of its folder.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

function safeSegment(value: string): string {
  const cleaned = value.normalize('NFC').replace(UNSAFE, '-').replace(/^\.+/, '').trim();
  return cleaned || '-';
}

/** Where a new review goes unless the user says otherwise (the editor's `mdreview.newReviewPath`, `mdreview new --path`). */
export const DEFAULT_REVIEW_PATH = 'reviews/{cycle}/{employee}.md';

/**
 * Expands a new-review path pattern such as `reviews/{cycle}/{employee}.md` into a workspace-relative
 * path. Values are made safe as single path segments; unknown `{slots}` stay as written.
 */
export function reviewPath(pattern: string, values: Record<string, string | undefined>): string {
  const path = pattern.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : safeSegment(values[key]!)));
  const segments = path.split(/[\\/]+/).filter((s) => s && s !== '.' && s !== '..');
  return segments.join('/');
}
