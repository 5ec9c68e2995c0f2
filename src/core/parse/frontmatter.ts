import { Composer, isMap, isPair, isScalar, isSeq, Parser, YAMLParseError, type Document, type Node } from 'yaml';
import type { Frontmatter, Range, YamlIssue } from '../model';
import { LineMap } from '../text/lineMap';

// Bounds that keep a hostile YAML block (alias bombs, deep nesting) from hanging the linter.
const MAX_ALIAS_COUNT = 100;
export const MAX_YAML_LENGTH = 512 * 1024;
/**
 * Lists or mappings nested deeper than this (in brackets, or `- - -` on one line) are not parsed: no review field
 * nests beyond 3; the YAML library spent 358 ms (mostly garbage collection) on 50,000 levels of `[`, over the 100 KB
 * budget of 250 ms, and its conversion to data overflowed the stack on 200,000 levels of `- `.
 */
export const MAX_YAML_NESTING = 64;
/** YAML errors kept with their place (the rest are only counted): 100 KB of `]` is 100,000 errors. */
export const MAX_YAML_ISSUES = 100;

const OPENING = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds and parses the YAML frontmatter at the top of the document, if the document opens with `---`. */
export function readFrontmatter(text: string, lines: LineMap): Frontmatter | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  let closingLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSING.test(lines.lineText(line))) {
      closingLine = line;
      break;
    }
  }
  const contentOffset = opening[0].length;
  if (closingLine < 0) {
    return {
      range: lines.range(0, lines.lineEnd(0)),
      contentOffset,
      source: '',
      document: undefined,
      data: undefined,
      syntaxErrors: [],
      syntaxErrorCount: 0,
      unterminated: true,
    };
  }
  const source = text.slice(contentOffset, lines.lineStart(closingLine));
  const range = lines.range(0, lines.lineEnd(closingLine));
  if (source.length > MAX_YAML_LENGTH) {
    return { range, contentOffset, source, document: undefined, data: undefined, unterminated: false, syntaxErrorCount: 1,
      syntaxErrors: [{ message: `frontmatter is larger than ${MAX_YAML_LENGTH / 1024} KB`, code: 'TOO_LARGE', range: lines.range(0, lines.lineEnd(0)) }] };
  }
  if (nestingExceeds(source, MAX_YAML_NESTING)) {
    return { range, contentOffset, source, document: undefined, data: undefined, unterminated: false, syntaxErrorCount: 1,
      syntaxErrors: [{ message: `lists or mappings nest deeper than ${MAX_YAML_NESTING} levels`, code: 'TOO_DEEP', range: lines.range(0, lines.lineEnd(0)) }] };
  }
  // YAML knows only LF and CRLF line breaks; a lone CR (old Mac files) is one too, and the same length as LF.
  const yamlSource = source.replace(/\r(?!\n)/g, '\n');
  const { document, uncomposedErrors } = withoutStackTraces(() => parseYaml(yamlSource));
  const meant = tabsAsMeant(yamlSource, document);
  const yamlLines = meant && new LineMap(yamlSource);
  const errors = meant ? document.errors.filter((e) => e.code === 'TAB_AS_INDENT' || meant.errorLines.has(yamlLines!.position(e.pos[0]).line)) : document.errors;
  const syntaxErrors: YamlIssue[] = errors.slice(0, MAX_YAML_ISSUES).map((e) => {
    // A duplicate key is reported at its first character: name the whole key, and mark it.
    const key = e.code === 'DUPLICATE_KEY' ? /^[^:\n]*/u.exec(yamlSource.slice(e.pos[0]))![0].trim().replace(/^["']|["']$/gu, '') : undefined;
    const end = key ? e.pos[0] + Math.max(1, /^[^:\n]*/u.exec(yamlSource.slice(e.pos[0]))![0].trimEnd().length) : Math.max(e.pos[1], e.pos[0] + 1);
    return { message: e.message.split('\n')[0], code: e.code, ...(key ? { key } : {}), range: lines.range(contentOffset + e.pos[0], contentOffset + end) };
  });
  let data: Record<string, unknown> | undefined;
  try {
    // mapAsMap: a plain-object toJS stringifies collection keys (`{{{…}: 1}: 1}`) level by level, exponential
    // in the nesting; those keys mean nothing in a review, and `plainData` drops them.
    const js = plainData((meant?.clean ? meant.document : document).toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true }), 0);
    if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
  } catch (e) {
    // An alias bomb or a bad anchor: keep the document, report it, read no data.
    syntaxErrors.push({ message: (e as Error).message, code: 'ALIAS_LIMIT', range: lines.range(0, lines.lineEnd(0)) });
  }
  const syntaxErrorCount = uncomposedErrors + errors.length + syntaxErrors.length - Math.min(errors.length, MAX_YAML_ISSUES);
  return { range, contentOffset, source, document, data, syntaxErrors, syntaxErrorCount, unterminated: false };
}

/**
 * Whether lists or mappings nest more than `limit` levels at some point, outside quoted text and comments: `[`/`{`
 * open, or block indicators follow one another on one line (`- - - x`, `? - ? x`: a list in a list, no indent
 * needed). A quote opens quoted text only where YAML lets a value start and only if it is closed later (`x"`,
 * `it's` are plain text). It over-counts brackets in plain scalars (`a[b`), harmless at this depth; one linear pass.
 */
export function nestingExceeds(source: string, limit: number): boolean {
  let depth = 0;
  /** Block indicators (`-`, `?`, `:` before a space or tab) in a row on the current line. */
  let indicators = 0;
  /** Whether a value may start here: at a line's start, after `[`, `{`, `,` or a block indicator (spaces between). */
  let valueStart = true;
  /** Quotes with no closing one after some point, hence none after any later point either. */
  const unclosed = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const indicator = (c === '-' || c === '?' || c === ':') && (source[i + 1] === ' ' || source[i + 1] === '\t');
    if (indicator) {
      if (++indicators > limit) return true;
    } else if (c !== ' ' && c !== '\t') indicators = 0;
    if (c === '[' || c === '{') {
      if (++depth > limit) return true;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if ((c === '"' || c === "'") && valueStart && !unclosed.has(c)) {
      // Quoted text: skip to its closing quote (escaped as `\"` in double quotes, as `''` in single quotes).
      let end = i + 1;
      while (end < source.length && (source[end] !== c || (c === "'" && source[end + 1] === "'"))) end += source[end] === (c === '"' ? '\\' : "'") ? 2 : 1;
      if (end < source.length) i = end;
      else unclosed.add(c);
    } else if (c === '#' && /\s/u.test(source[i - 1] ?? ' ')) {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    }
    if (c === '\n' || c === '\r' || c === '[' || c === '{' || c === ',' || indicator) valueStart = true;
    else if (c !== ' ' && c !== '\t') valueStart = false;
  }
  return false;
}

/**
 * A tab in an indentation is one mistake, but the YAML library then misreads the lines after it and reports each
 * (two colons on a line, a key over several lines…): advice that is wrong. Re-read with each tab-indented line
 * indented as the content of the line above (its sibling), the frontmatter as the writer meant it: the errors left
 * there are mistakes of their own (their lines), the others followed from the tab. Undefined when no tab indents.
 */
function tabsAsMeant(source: string, document: Document.Parsed): { errorLines: Set<number>; document: Document.Parsed; clean: boolean } | undefined {
  if (!document.errors.some((e) => e.code === 'TAB_AS_INDENT')) return undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const indent = /^[ \t]*\t[ \t]*(?=\S)/u.exec(lines[i]);
    if (!indent) continue;
    let above = i - 1;
    while (above >= 0 && !lines[above].trim()) above--;
    const column = above < 0 ? 0 : /^[ \t]*(?:-[ \t]+)*/u.exec(lines[above])![0].length;
    lines[i] = ' '.repeat(column) + lines[i].slice(indent[0].length);
  }
  const meant = lines.join('\n');
  const reread = parseYaml(meant).document;
  const meantLines = new LineMap(meant);
  return { errorLines: new Set(reread.errors.map((e) => meantLines.position(e.pos[0]).line)), document: reread, clean: reread.errors.length === 0 };
}

/**
 * `parseDocument` of the yaml library, except that stray tokens (a `]` or `}` outside any collection) beyond the
 * first `MAX_YAML_ISSUES` are counted, not composed: composing each into an error object took most of the
 * 350 ms of 100 KB of `}`. Such tokens only add an error, so the document is the same.
 */
function parseYaml(source: string): { document: Document.Parsed; uncomposedErrors: number } {
  let strayTokens = 0;
  let uncomposedErrors = 0;
  function* tokens() {
    for (const token of new Parser().parse(source)) {
      if (token.type === 'error' && ++strayTokens > MAX_YAML_ISSUES) uncomposedErrors++;
      else yield token;
    }
  }
  // logLevel 'error': the parser's warnings would go to the console of the CLI or the extension host.
  const composer = new Composer({ uniqueKeys: true, logLevel: 'error' });
  let document: Document.Parsed | undefined;
  for (const next of composer.compose(tokens(), true, source.length)) {
    if (!document) document = next;
    else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document.
  return { document: document!, uncomposedErrors };
}

/**
 * Runs `parse` with stack traces off. The YAML parser makes an Error object for every syntax error, and
 * capturing each one's stack was 80% of the time on 100 KB of `]` (100,000 errors); their stacks are never read.
 */
function withoutStackTraces<T>(parse: () => T): T {
  // V8's knob (Node, Chromium, VS Code); elsewhere an unread property.
  const errors = Error as ErrorConstructor & { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    errors.stackTraceLimit = limit;
  }
}

/** Collections nested deeper than this in the frontmatter are left out of its data (no review field is deeper than 3). */
const MAX_DATA_DEPTH = 32;

/** YAML data with Maps as plain objects: scalar keys as strings (as `toJS` writes them), other keys dropped. */
function plainData(value: unknown, depth: number): unknown {
  if (!(value instanceof Map) && !Array.isArray(value)) return value;
  if (depth >= MAX_DATA_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((v) => plainData(v, depth + 1));
  const entries: [string, unknown][] = [];
  for (const [key, v] of value) {
    if (key === null || typeof key !== 'object') entries.push([key === null ? '' : String(key), plainData(v, depth + 1)]);
  }
  return Object.fromEntries(entries);
}

/** The range of a YAML node (or of its key) at `path`, translated to document positions. */
export function yamlRange(
  frontmatter: Frontmatter | undefined,
  lines: LineMap,
  path: readonly (string | number)[],
  part: 'key' | 'value' = 'value',
): Range | undefined {
  const doc = frontmatter?.document;
  if (!doc || path.length === 0) return undefined;
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const step of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return undefined;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return undefined;
    }
  }
  const target = (part === 'key' ? keyNode : (node as Node | null)) ?? keyNode;
  const r = target?.range;
  if (!r) return undefined;
  const base = frontmatter!.contentOffset;
  // Block nodes end after their trailing line break; stop the range at the last visible character.
  const end = r[0] + frontmatter!.source.slice(r[0], Math.max(r[1], r[0])).trimEnd().length;
  return lines.range(base + r[0], base + end);
}
