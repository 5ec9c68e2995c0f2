/**
 * `s` with its control characters (C0 except tab, DEL, C1) written as `\x1b`-style escapes. Review text,
 * KPI names and file names reach the terminal through messages: an escape sequence in them must not
 * set the window title, move the cursor or clear the screen.
 */
export function escapeControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Multi-line text (a report, a diff, a textconv) with control characters escaped as `escapeControls` does, its
 * line breaks (LF, CRLF) and tabs kept.
 */
export function escapeControlsInText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c, i: number) => (c === '\r' && s[i + 1] === '\n' ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
