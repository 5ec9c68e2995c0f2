// Edits that switch a rule off with the inline directives the linter reads (src/core/lint/directives.ts).
// Pure: no vscode, so the placement rules are plain to test.
import type { TextEdit } from '../../core/lint/types';
import type { ParsedReview } from '../../core/parse/parse';
import { eol } from '../../core/rules/fixHelpers';

const NEXT_LINE = /^(\s*)<!--\s*mdreview-disable-next-line\b([^>]*?)\s*-->\s*$/;
const FILE = /^(\s*)<!--\s*mdreview-disable\b([^>]*?)\s*-->\s*$/;

/** Adds `ruleId` to an existing directive line, or undefined when `line` holds none of that kind. */
function extendDirective(doc: ParsedReview, line: number, pattern: RegExp, kind: string, ruleId: string): TextEdit | undefined {
  if (line < 0 || line >= doc.lines.lineCount) return undefined;
  const current = doc.lines.lineText(line);
  const m = pattern.exec(current);
  if (!m) return undefined;
  const rules = m[2].split(/[\s,]+/).filter(Boolean);
  // A bare directive already covers every rule.
  if (!rules.length || rules.includes(ruleId)) return undefined;
  return {
    range: { start: { line, character: 0 }, end: { line, character: current.length } },
    newText: `${m[1]}<!-- mdreview-${kind} ${[...rules, ruleId].join(' ')} -->`,
  };
}

/** `<!-- mdreview-disable-next-line rule -->` above `line`, indented like it (or the rule added to one there). */
export function disableForLine(doc: ParsedReview, line: number, ruleId: string): TextEdit {
  const existing = extendDirective(doc, line - 1, NEXT_LINE, 'disable-next-line', ruleId);
  if (existing) return existing;
  const indent = /^\s*/.exec(doc.lines.lineText(line))![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- mdreview-disable-next-line ${ruleId} -->${eol(doc)}` };
}

/** The first line after the frontmatter (0 without one): where a whole-file directive goes. */
export function bodyStartLine(doc: ParsedReview): number {
  return doc.frontmatter && !doc.frontmatter.unterminated ? doc.frontmatter.range.end.line + 1 : 0;
}

/** `<!-- mdreview-disable rule -->` right after the frontmatter (or the rule added to one there). */
export function disableForFile(doc: ParsedReview, ruleId: string): TextEdit {
  const line = bodyStartLine(doc);
  const existing = extendDirective(doc, line, FILE, 'disable', ruleId);
  if (existing) return existing;
  const comment = `<!-- mdreview-disable ${ruleId} -->`;
  if (line >= doc.lines.lineCount) {
    // The frontmatter closes on the last line, with no line break after it.
    const end = doc.lines.position(doc.text.length);
    return { range: { start: end, end }, newText: `${eol(doc)}${comment}` };
  }
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${comment}${eol(doc)}` };
}
