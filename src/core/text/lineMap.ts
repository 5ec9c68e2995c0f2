import type { Position, Range } from './position';

/**
 * Maps UTF-16 offsets to 0-based line/character positions. Treats `\r\n`, `\n` and `\r` as line
 * breaks, so ranges are right for CRLF files too (the same rule VS Code applies).
 */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a CRLF pair belongs to the end of that line.
    return { line: lo, character: Math.min(o - this.starts[lo], this.lineEnd(lo) - this.starts[lo]) };
  }

  offset(position: Position): number {
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(Math.max(startOffset, endOffset)) };
  }

  /** `range` widened so that neither end falls between the two halves of a surrogate pair (an emoji, a rare 汉字). */
  wholeCharacters(range: Range): Range {
    const start = this.offset(range.start);
    const end = this.offset(range.end);
    const wideStart = this.splitsPair(start) ? start - 1 : start;
    const wideEnd = this.splitsPair(end) ? end + 1 : end;
    return wideStart === start && wideEnd === end ? range : this.range(wideStart, wideEnd);
  }

  private splitsPair(offset: number): boolean {
    const before = this.text.charCodeAt(offset - 1);
    const after = this.text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  }
}
