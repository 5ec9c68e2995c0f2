// Text that a writing fix inserts, built once in two forms: a VS Code snippet with tab stops for the editor, and
// the plain text the snippet gives when every stop keeps its default (what the CLI and the tests apply).

export type SnippetPart = string | { stop: number; value: string } | { stop: number; choices: readonly string[] };

/** What a writing fix puts at `range`: `snippet` for the editor, `text` with every stop at its default. */
export interface Written {
  snippet: string;
  text: string;
}

// Literal text and a stop's default escape `$`, `}` and `\`; a choice also escapes `,` and `|`.
const escape = (s: string) => s.replace(/[\\$}]/g, '\\$&');
const choice = (s: string) => s.replace(/[\\,|$}]/g, '\\$&');

export function written(parts: readonly SnippetPart[]): Written {
  let snippet = '';
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      snippet += escape(part);
      text += part;
    } else if ('value' in part) {
      snippet += `\${${part.stop}:${escape(part.value)}}`;
      text += part.value;
    } else {
      snippet += `\${${part.stop}|${part.choices.map(choice).join(',')}|}`;
      text += part.choices[0];
    }
  }
  return { snippet, text };
}

/** `text` with the stops given in `values` (stop number → typed text) filled in, the others at their defaults. */
export function filled(parts: readonly SnippetPart[], values: Readonly<Record<number, string>>): string {
  return written(parts.map((p) => (typeof p === 'string' || !(p.stop in values) ? p : values[p.stop]))).text;
}
