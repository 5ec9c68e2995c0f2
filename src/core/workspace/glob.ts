// Globs from a workspace's config (`files`, `ignore`) are data from whoever wrote the repository. A regex-based
// matcher (picomatch) backtracks: `**/*a*a*a…*b.md` against a long name took minutes. This one matches in time
// polynomial in pattern and path (segment by segment, each segment by the two-pointer wildcard walk), with
// picomatch's meaning for what configs use: `*`, `?`, `**`, `[…]`, `{a,b}`, `{1..3}`, `\` escapes, a leading `!`,
// and dotfiles matched like any name (picomatch's `dot: true`).
import { format, text, type Text } from '../i18n';

/** Most alternatives one pattern's braces may expand to: a few are normal, thousands are an attack. */
export const MAX_BRACE_EXPANSION = 256;
/** Longest pattern accepted, and most characters a list's patterns may expand to: matching costs at most their product with the path's length. */
export const MAX_GLOB_LENGTH = 1000;
export const MAX_EXPANDED_LENGTH = 4096;

/** One character position of a segment pattern: a literal, `?`, `*`, or a character class. */
type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; test: (c: string) => boolean };

/** A path segment pattern, or `**` (any number of whole segments). */
type Segment = Token[] | 'globstar';

interface CompiledPattern {
  negated: boolean;
  segments: Segment[];
}

export type GlobMatcher = (path: string) => boolean;

class GlobError extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
  }
}

/** The body of `{…}` starting at `open`: its alternatives split at top-level commas, and where it closes; undefined when unclosed. */
function braceAt(pattern: string, open: number): { parts: string[]; close: number } | undefined {
  let depth = 0;
  let start = open + 1;
  const parts: string[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      parts.push(pattern.slice(start, i));
      return { parts, close: i };
    } else if (c === ',' && depth === 1) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/** `{1..5}` / `{a..e}` as its members; undefined when the body is no range. */
function rangeMembers(body: string): string[] | undefined {
  const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])$/.exec(body);
  if (!m) return undefined;
  const numeric = /\d/.test(m[1]) && /\d/.test(m[2]);
  const [from, to] = numeric ? [Number(m[1]), Number(m[2])] : [m[1].charCodeAt(0), m[2].charCodeAt(0)];
  if (Math.abs(to - from) >= MAX_BRACE_EXPANSION) throw new GlobError(text('its braces expand to more than {max} patterns', '花括号展开后超过 {max} 个模式', { max: MAX_BRACE_EXPANSION }));
  const step = from <= to ? 1 : -1;
  const out: string[] = [];
  for (let v = from; v !== to + step; v += step) out.push(numeric ? String(v) : String.fromCharCode(v));
  return out;
}

/** Every pattern the braces of `pattern` stand for (`{a,b}.md` → `a.md`, `b.md`), at most MAX_BRACE_EXPANSION. */
function expandBraces(pattern: string): string[] {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++;
      continue;
    }
    if (pattern[i] !== '{') continue;
    const brace = braceAt(pattern, i);
    if (!brace) return [pattern];
    const members = brace.parts.length === 1 ? rangeMembers(brace.parts[0]) : brace.parts;
    // `{a}` is no brace expansion: the braces are literal, as in Bash and picomatch.
    if (!members) continue;
    const head = pattern.slice(0, i);
    const tails = expandBraces(pattern.slice(brace.close + 1));
    const out: string[] = [];
    for (const member of members) {
      for (const expanded of expandBraces(member)) {
        for (const tail of tails) {
          out.push(head + expanded + tail);
          if (out.length > MAX_BRACE_EXPANSION) throw new GlobError(text('its braces expand to more than {max} patterns', '花括号展开后超过 {max} 个模式', { max: MAX_BRACE_EXPANSION }));
        }
      }
    }
    return out;
  }
  return [pattern];
}

const POSIX_CLASSES: Record<string, string> = { alnum: 'A-Za-z0-9', alpha: 'A-Za-z', digit: '0-9', lower: 'a-z', upper: 'A-Z', space: '\\s', word: '\\w', xdigit: 'A-Fa-f0-9' };

/** A `[…]` class starting at `open`: a test of one character and where it ends; undefined when it does not close (then `[` is literal). */
function classAt(segment: string, open: number): { test: (c: string) => boolean; end: number } | undefined {
  let i = open + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  let body = '';
  for (let first = true; i < segment.length; i++, first = false) {
    const c = segment[i];
    if (c === ']' && !first) {
      // One character against a class: no backtracking is possible.
      let re: RegExp;
      try {
        re = new RegExp(`^[${negated ? '^' : ''}${body}]$`, 'u');
      } catch {
        throw new GlobError(text('the character class {cls} is not valid', '字符类 {cls} 无效', { cls: segment.slice(open, i + 1) }));
      }
      return { test: (ch) => ch !== '/' && re.test(ch), end: i + 1 };
    }
    const posix = c === '[' ? /^\[:(\w+):\]/.exec(segment.slice(i)) : null;
    if (posix && POSIX_CLASSES[posix[1]]) {
      body += POSIX_CLASSES[posix[1]];
      i += posix[0].length - 1;
    } else {
      const literal = c === '\\' && i + 1 < segment.length ? segment[++i] : c;
      // Only the class's own syntax characters are escaped: `\a` is an error in a `u` regex.
      body += '[]^\\'.includes(literal) || (literal === '-' && c === '\\') ? `\\${literal}` : literal;
    }
  }
  return undefined;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(segment);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\' && i + 1 < chars.length) tokens.push({ kind: 'char', char: chars[++i] });
    else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '*') {
      // Stars in a row are one star within a segment.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '[') {
      const rest = chars.slice(i).join('');
      const cls = classAt(rest, 0);
      if (cls) {
        tokens.push({ kind: 'class', test: cls.test });
        i += Array.from(rest.slice(0, cls.end)).length - 1;
      } else tokens.push({ kind: 'char', char: c });
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

/** Extended globs (`+(a|b)`, `!(x)`) are refused rather than half understood. */
const EXTGLOB = /(?:^|[^\\])[?*+@!]\(/;

function compilePattern(glob: string): CompiledPattern {
  let pattern = glob;
  let negated = false;
  while (pattern.startsWith('!')) {
    negated = !negated;
    pattern = pattern.slice(1);
  }
  if (EXTGLOB.test(pattern)) throw new GlobError(text('extended globs such as +(a|b) are not supported', '不支持 +(a|b) 这类扩展通配符'));
  pattern = pattern.replace(/^(?:\.\/)+/, '');
  const segments: Segment[] = [];
  for (const part of pattern.split('/')) {
    if (part === '**') {
      if (segments.at(-1) !== 'globstar') segments.push('globstar');
    } else segments.push(tokenize(part));
  }
  return { negated, segments };
}

/** Whether `name` (one path segment, as code points) matches `tokens`: the greedy walk that backs up to the last star only, O(n·m). */
function matchSegment(tokens: Token[], name: string[]): boolean {
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  const fits = (token: Token, c: string) => (token.kind === 'char' ? token.char === c : token.kind === 'any' ? true : token.kind === 'class' ? token.test(c) : false);
  while (n < name.length) {
    const token = tokens[t];
    if (token?.kind === 'star') {
      starT = t++;
      starN = n;
    } else if (token && fits(token, name[n])) {
      t++;
      n++;
    } else if (starT >= 0) {
      t = starT + 1;
      n = ++starN;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Whether the path's segments match the pattern's: a set of reachable pattern positions, advanced segment by segment. */
function matchSegments(segments: Segment[], path: string[][]): boolean {
  let reachable = new Set<number>([0]);
  const close = (set: Set<number>) => {
    // A globstar may match no segment at all: step over it.
    for (const i of [...set].sort((a, b) => a - b)) if (segments[i] === 'globstar') set.add(i + 1);
    return set;
  };
  close(reachable);
  for (const name of path) {
    const next = new Set<number>();
    for (const i of reachable) {
      const segment = segments[i];
      if (segment === undefined) continue;
      if (segment === 'globstar') {
        next.add(i);
        next.add(i + 1);
      } else if (matchSegment(segment, name)) next.add(i + 1);
    }
    reachable = close(next);
    if (reachable.size === 0) return false;
  }
  return reachable.has(segments.length);
}

/**
 * Compiles config globs into one matcher of `/`-separated paths relative to the config's folder (true when any
 * pattern matches); a pattern that cannot be used safely is left out and named in `errors`.
 */
export function compileGlobs(globs: readonly string[]): { match: GlobMatcher; errors: Text[] } {
  const patterns: { negated: boolean; alternatives: CompiledPattern[] }[] = [];
  const errors: Text[] = [];
  let expandedLength = 0;
  for (const glob of globs) {
    try {
      if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(text('it is longer than {max} characters', '长度超过 {max} 个字符', { max: MAX_GLOB_LENGTH }));
      // A leading `!` negates the whole glob, braces included: `!{a,b}` matches neither a nor b (as in picomatch).
      let body = glob;
      let negated = false;
      while (body.startsWith('!')) {
        negated = !negated;
        body = body.slice(1);
      }
      const expanded = expandBraces(body);
      const length = expanded.reduce((sum, p) => sum + p.length, 0);
      if (expandedLength + length > MAX_EXPANDED_LENGTH) throw new GlobError(text('the patterns expand to more than {max} characters', '模式展开后超过 {max} 个字符', { max: MAX_EXPANDED_LENGTH }));
      expandedLength += length;
      patterns.push({ negated, alternatives: expanded.map(compilePattern) });
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      const shown = glob.length > 80 ? `${glob.slice(0, 80)}…` : glob;
      errors.push({ en: format('glob "{glob}" cannot be used: {reason}', { glob: shown, reason: e.reason.en }), zh: format('通配符“{glob}”无法使用：{reason}', { glob: shown, reason: e.reason.zh }) });
    }
  }
  if (patterns.length === 0) return { match: () => false, errors };
  const match: GlobMatcher = (path) => {
    const segments = path.replace(/^(?:\.\/)+/, '').split('/').map((s) => Array.from(s));
    return patterns.some((glob) => glob.alternatives.some((p) => matchSegments(p.segments, segments) !== p.negated) !== glob.negated);
  };
  return { match, errors };
}
