// Applying the findings' fixes to a review's text: the editor's "fix all" and `mdreview lint --fix` take the same
// fixes and apply them the same way.
import { LineMap } from '../text/lineMap';
import type { Position } from '../text/position';
import type { Fix, TextEdit } from './types';

/** As ESLint: fixes that overlap one applied in a pass wait for the next pass; after this many the rest stay reported. */
export const MAX_FIX_PASSES = 10;

/** A finding as the engine or the CLI holds it, with its quick fixes. */
export interface FixableFinding {
  ruleId: string;
  fixes?: Fix[];
}

/** A fix that was applied: the finding's rule and the fix's title. */
export interface AppliedFix {
  ruleId: string;
  title: string;
}

function before(p: Position, q: Position): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}

/** Whether two edits change some text in common (two insertions at one point do not). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

/**
 * The fixes safe to apply without a person, in the findings' order: each finding's first mechanical fix (its other
 * fixes are alternatives), none that waits for a typed value, and none whose edits overlap a fix taken before.
 */
export function mechanicalFixes(findings: readonly FixableFinding[]): { ruleId: string; fix: Fix }[] {
  const taken: { ruleId: string; fix: Fix }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.mechanical && !f.input);
    if (!fix || fix.edits.some((e) => taken.some((t) => t.fix.edits.some((u) => overlaps(e, u))))) continue;
    taken.push({ ruleId: finding.ruleId, fix });
  }
  return taken;
}

/** `text` with non-overlapping `edits` applied; insertions at one point keep the order they are given in. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineMap(text);
  const spans = edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.newText;
    at = Math.max(at, span.end);
  }
  return out + text.slice(at);
}

/** One pass of fixing: `text` with the mechanical fixes of its `findings` applied; undefined when they change nothing. */
export function fixPass(text: string, findings: readonly FixableFinding[]): { text: string; applied: AppliedFix[] } | undefined {
  const fixes = mechanicalFixes(findings);
  const fixed = applyEdits(text, fixes.flatMap(({ fix }) => fix.edits));
  return fixed === text ? undefined : { text: fixed, applied: fixes.map(({ ruleId, fix }) => ({ ruleId, title: fix.title })) };
}
