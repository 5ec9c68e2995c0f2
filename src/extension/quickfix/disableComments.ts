// Edits that switch a rule off with the inline directives the linter reads (src/core/lint/directives.ts).
// Pure: no vscode, so the placement rules are plain to test.
import type { TextEdit } from '../../core/lint/types';
import type { Position } from '../../core/model';

/** The document a directive goes into: its lines as the editor holds them, and where its body starts. */
export interface DirectiveTarget {
  lineCount: number;
  lineText(line: number): string;
  /** The document's line break. */
  eol: string;
  /** The first line after the frontmatter (0 without one). */
  bodyStartLine: number;
  /** The position after the last character. */
  end: Position;
}

const NEXT_LINE = /^(\s*)<!--\s*mdreview-disable-next-line\b([^>]*?)\s*-->\s*$/;
const FILE = /^(\s*)<!--\s*mdreview-disable\b([^>]*?)\s*-->\s*$/;

/** Adds `ruleId` to an existing directive line, or undefined when `line` holds none of that kind. */
function extendDirective(doc: DirectiveTarget, line: number, pattern: RegExp, kind: string, ruleId: string): TextEdit | undefined {
  if (line < 0 || line >= doc.lineCount) return undefined;
  const current = doc.lineText(line);
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
export function disableForLine(doc: DirectiveTarget, line: number, ruleId: string): TextEdit {
  const existing = extendDirective(doc, line - 1, NEXT_LINE, 'disable-next-line', ruleId);
  if (existing) return existing;
  const indent = /^\s*/.exec(doc.lineText(line))![0];
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- mdreview-disable-next-line ${ruleId} -->${doc.eol}` };
}

/** `<!-- mdreview-disable rule -->` right after the frontmatter (or the rule added to one there). */
export function disableForFile(doc: DirectiveTarget, ruleId: string): TextEdit {
  const line = doc.bodyStartLine;
  const existing = extendDirective(doc, line, FILE, 'disable', ruleId);
  if (existing) return existing;
  const comment = `<!-- mdreview-disable ${ruleId} -->`;
  if (line >= doc.lineCount) {
    // The frontmatter closes on the last line, with no line break after it.
    return { range: { start: doc.end, end: doc.end }, newText: `${doc.eol}${comment}` };
  }
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${comment}${doc.eol}` };
}
