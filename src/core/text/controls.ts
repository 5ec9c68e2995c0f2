/**
 * Control characters written as escapes wherever text from a review, a config or a file name is printed: C0 (but
 * tab and, in multi-line text, line breaks), DEL, C1, and the bidirectional formatting characters. An escape
 * sequence must not set the window title, move the cursor or clear the screen; a bidi control must not show text
 * in another order than it has (Trojan Source, CVE-2021-42574).
 */
const BIDI = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
const CONTROLS = new RegExp(`[\u0000-\u0008\u000a-\u001f\u007f-\u009f${BIDI}]`, 'g');
const CONTROLS_IN_TEXT = new RegExp(`[\u0000-\u0008\u000b-\u001f\u007f-\u009f${BIDI}]`, 'g');
/** What JSON.stringify leaves raw: it escapes C0 only. */
const CONTROLS_IN_JSON = new RegExp(`[\u007f-\u009f${BIDI}]`, 'g');

const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).padStart(digits, '0');
/** `\x1b` for C0, DEL and C1; `\u202e` for the bidi controls. */
const escape = (c: string) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/** `s` with its control characters (C0 except tab, DEL, C1, bidi controls) written as `\x1b` / `\u202e` escapes. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, escape);
}

/**
 * Multi-line text (a report, a diff, a textconv) with control characters escaped as `escapeControls` does, its
 * line breaks (LF, CRLF) and tabs kept.
 */
export function escapeControlsInText(s: string): string {
  return s.replace(CONTROLS_IN_TEXT, (c, i: number) => (c === '\r' && s[i + 1] === '\n' ? c : escape(c)));
}

/**
 * JSON text with the control characters JSON.stringify leaves raw (DEL, C1, bidi) written as `\u` escapes: the same
 * JSON value (outside strings JSON text is ASCII), nothing raw for a terminal.
 */
export function escapeControlsInJson(json: string): string {
  return json.replace(CONTROLS_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
