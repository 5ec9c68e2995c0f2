import type { HtmlComment } from '../model';
import type { Finding } from './types';

// <!-- mdreview-disable rule-a rule-b -->, <!-- mdreview-enable -->, <!-- mdreview-disable-next-line rule -->
const DIRECTIVE = /<!--\s*mdreview-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

interface Span {
  fromLine: number;
  toLine: number;
  rules: Set<string> | 'all';
}

function ruleSet(list: string): Set<string> | 'all' {
  const names = list.split(/[\s,]+/).filter(Boolean);
  return names.length ? new Set(names) : 'all';
}

/**
 * Reads the inline directives of a review into the line spans they switch rules off for. A `disable`
 * that comes before any body content (right after the frontmatter) covers the frontmatter too.
 */
export function disabledSpans(comments: HtmlComment[], lineOf: (offset: number) => number, firstContentLine: number): Span[] {
  const spans: Span[] = [];
  const open: { line: number; rules: Set<string> | 'all' }[] = [];
  for (const comment of comments) {
    for (const m of comment.text.matchAll(DIRECTIVE)) {
      const line = lineOf(comment.offset + m.index);
      const rules = ruleSet(m[2]);
      switch (m[1]) {
        case 'disable-next-line': {
          const after = lineOf(comment.offset + comment.text.length) + 1;
          spans.push({ fromLine: after, toLine: after, rules });
          break;
        }
        case 'disable-line':
          spans.push({ fromLine: line, toLine: line, rules });
          break;
        case 'disable':
          open.push({ line: line < firstContentLine ? 0 : line, rules });
          break;
        case 'enable':
          // `enable` with no names closes every open span; with names, only the spans for those rules.
          for (let i = open.length - 1; i >= 0; i--) {
            const o = open[i];
            if (rules === 'all' || (o.rules !== 'all' && [...o.rules].every((r) => rules.has(r)))) {
              spans.push({ fromLine: o.line, toLine: line, rules: o.rules });
              open.splice(i, 1);
            }
          }
          break;
      }
    }
  }
  for (const o of open) spans.push({ fromLine: o.line, toLine: Number.MAX_SAFE_INTEGER, rules: o.rules });
  return spans;
}

export function isDisabled(finding: Finding, spans: Span[]): boolean {
  const line = finding.range.start.line;
  return spans.some((s) => line >= s.fromLine && line <= s.toLine && (s.rules === 'all' || s.rules.has(finding.ruleId)));
}
