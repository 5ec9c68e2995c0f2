// A reader for VS Code's snippet syntax (tab stops, placeholders, choices, variables), strict enough to
// reject bodies VS Code would silently read as plain text, and able to expand a body with its defaults.

/** Variables VS Code resolves in snippets (the subset a review snippet may use). */
export const KNOWN_VARIABLES = new Set([
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_DATE', 'CURRENT_DAY_NAME',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'TM_FILENAME_BASE', 'TM_FILENAME', 'TM_SELECTED_TEXT', 'CLIPBOARD', 'UUID',
]);

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[]; transform?: Transform };

/** `${NAME/regex/format/options}`: the variable's value with `regex` replaced by `format`. */
export interface Transform {
  regex: string;
  format: string;
  options: string;
}

export class SnippetSyntaxError extends Error {}

/** Parses a snippet body; throws SnippetSyntaxError with the offset of the first malformed construct. */
export function parseSnippet(body: string): SnippetNode[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new SnippetSyntaxError(`${why} at offset ${i}: …${body.slice(Math.max(0, i - 20), i + 20)}…`);
  };

  const readNumber = (): number => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) return fail('expected a tab stop number');
    i += m[0].length;
    return Number(m[0]);
  };
  const readName = (): string => {
    const m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(body.slice(i));
    if (!m) return fail('expected a variable name');
    i += m[0].length;
    return m[0];
  };

  // Reads nodes until `}` when nested (consumed by the caller), or to the end at top level.
  const readNodes = (nested: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && '$}\\'.includes(body[i + 1] ?? '')) {
        text += body[i + 1];
        i += 2;
      } else if (c === '}' && nested) {
        break;
      } else if (c === '$') {
        flush();
        nodes.push(readDollar());
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  };

  const readChoice = (index: number): SnippetNode => {
    const options: string[] = [];
    let option = '';
    for (;;) {
      if (i >= body.length) fail('unterminated choice');
      const c = body[i];
      if (c === '\\' && ',|\\$}'.includes(body[i + 1] ?? '')) {
        option += body[i + 1];
        i += 2;
      } else if (c === ',') {
        options.push(option);
        option = '';
        i++;
      } else if (c === '|') {
        options.push(option);
        i++;
        if (body[i] !== '}') fail('a choice must end with |}');
        i++;
        return { kind: 'choice', index, options };
      } else {
        option += c;
        i++;
      }
    }
  };

  // `:default}` after a tab stop number or a variable name.
  const readDefault = (): SnippetNode[] => {
    i++; // :
    const children = readNodes(true);
    if (body[i] !== '}') fail('unterminated placeholder');
    i++;
    return children;
  };

  // `/regex/format/options}`; a `/` inside a part is written `\\/`.
  const readTransform = (): Transform => {
    const part = (end: string): string => {
      let out = '';
      for (;;) {
        if (i >= body.length) fail('unterminated transform');
        if (body[i] === '\\' && body[i + 1] === '/') {
          out += '/';
          i += 2;
        } else if (body[i] === end) {
          i++;
          return out;
        } else out += body[i++];
      }
    };
    i++; // /
    const regex = part('/');
    let depth = 0; // the format's own ${n:+text} braces
    let format = '';
    for (;;) {
      if (i >= body.length) fail('unterminated transform format');
      if (body[i] === '/' && depth === 0) break;
      if (body[i] === '{') depth++;
      if (body[i] === '}') depth--;
      format += body[i++];
    }
    i++;
    const options = part('}');
    try {
      new RegExp(regex, options);
    } catch {
      fail(`invalid transform regex /${regex}/`);
    }
    return { regex, format, options };
  };

  const readDollar = (): SnippetNode => {
    i++; // $
    if (/\d/.test(body[i] ?? '')) return { kind: 'tabstop', index: readNumber(), children: [] };
    if (/[A-Za-z_]/.test(body[i] ?? '')) return { kind: 'variable', name: readName(), children: [] };
    if (body[i] !== '{') return fail('a bare $ must be escaped as \\$');
    i++;
    if (/\d/.test(body[i] ?? '')) {
      const index = readNumber();
      if (body[i] === '}') {
        i++;
        return { kind: 'tabstop', index, children: [] };
      }
      if (body[i] === '|') {
        i++;
        return readChoice(index);
      }
      if (body[i] !== ':') fail('expected : | or } after a tab stop number');
      return { kind: 'tabstop', index, children: readDefault() };
    }
    const name = readName();
    if (body[i] === '}') {
      i++;
      return { kind: 'variable', name, children: [] };
    }
    if (body[i] === '/') return { kind: 'variable', name, children: [], transform: readTransform() };
    if (body[i] !== ':') fail('expected :, / or } after a variable name');
    return { kind: 'variable', name, children: readDefault() };
  };

  return readNodes(false);
}

/** Every node of a parsed body, depth first. */
export function* walk(nodes: SnippetNode[]): Generator<SnippetNode> {
  for (const n of nodes) {
    yield n;
    if (n.kind === 'tabstop' || n.kind === 'variable') yield* walk(n.children);
  }
}

/**
 * The text VS Code inserts when the user accepts every default: placeholders keep their text, choices
 * their first option, mirrored tab stops copy their placeholder, variables come from `variables`.
 */
export function expandSnippet(body: string, variables: Record<string, string>): string {
  const nodes = parseSnippet(body);
  const defaults = new Map<number, SnippetNode[]>();
  for (const n of walk(nodes)) if (n.kind === 'tabstop' && n.children.length && !defaults.has(n.index)) defaults.set(n.index, n.children);
  const render = (list: SnippetNode[]): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
            return n.options[0];
          case 'tabstop':
            return render(n.children.length ? n.children : defaults.get(n.index) ?? []);
          case 'variable': {
            const value = variables[n.name];
            if (value === undefined) return render(n.children);
            return n.transform ? applyTransform(value, n.transform) : value;
          }
        }
      })
      .join('');
  return render(nodes);
}

/** A transform as VS Code applies it: `$n`, `${n}`, `${n:+if set}`, `${n:-otherwise}` / `${n:otherwise}`. */
function applyTransform(value: string, { regex, format, options }: Transform): string {
  return value.replace(new RegExp(regex, options), (...match) => {
    const group = (n: string) => (match[Number(n)] as string | undefined) ?? '';
    return format.replace(/\$(\d+)|\$\{(\d+)(?::([+-]?)([^}]*))?\}/g, (_, bare, n, sign, text) => {
      if (bare) return group(bare);
      if (text === undefined) return group(n);
      if (sign === '+') return group(n) ? text : '';
      return group(n) || text;
    });
  });
}
