import type { Processor } from 'unified';

/**
 * Inline Markdown the model never reads: emphasis, links, images, code spans, escapes, entities,
 * autolinks, hard breaks and link definitions. Rules read block text from the source itself, so
 * parsing these only costs time, and on adversarial runs (50,000 `*`, 20,000 `]`, 50,000 `<!--`) it
 * costs quadratic time. Inline comments (disable directives) are found by the parser in the source.
 */
const UNREAD_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'definition', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];

export function remarkBlocksOnly(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: UNREAD_CONSTRUCTS } });
}
