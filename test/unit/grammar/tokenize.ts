// Tokenizes Markdown with the mdreview injection grammars, as VS Code does: vscode-textmate over the
// Oniguruma WebAssembly build, the injections found through package.json's `contributes.grammars`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

let wasmLoaded: Promise<void> | undefined;

function loadOniguruma(root: string): Promise<void> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  wasmLoaded ??= loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  return wasmLoaded;
}

function rawGrammar(path: string): IRawGrammar {
  return parseRawGrammar(readFileSync(path, 'utf8'), path);
}

/**
 * A Markdown grammar with the mdreview injections. `baseGrammars` maps scope names (at least
 * `text.html.markdown`) to grammar files; scopes it lacks (embedded languages) stay untokenized.
 */
export async function markdownWithInjections(root: string, baseGrammars: Map<string, string>): Promise<IGrammar> {
  await loadOniguruma(root);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes?: { grammars?: GrammarContribution[] } };
  const contributed = pkg.contributes?.grammars ?? [];
  const paths = new Map(baseGrammars);
  for (const g of contributed) paths.set(g.scopeName, join(root, g.path));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      const path = paths.get(scopeName);
      return path ? rawGrammar(path) : null;
    },
    getInjections: (scopeName) => contributed.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('text.html.markdown did not load');
  return grammar;
}

/** Every token of `text`, line by line. */
export function tokenize(grammar: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) tokens.push({ line: index, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  });
  return tokens;
}

/** A readable snapshot: each source line, then its tokens with every scope below the root. */
export function snapshot(text: string, tokens: Token[]): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    out.push(`>${line}`);
    for (const t of tokens.filter((x) => x.line === index && x.text.length > 0)) out.push(` ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`.trimEnd());
  });
  return out.join('\n') + '\n';
}

/** VS Code's own Markdown and YAML grammars, when an installed VS Code host has them (not needed by the tests). */
export function vscodeMarkdownGrammars(root: string): Map<string, string> | undefined {
  const extensions = join(root, '.vscode-host/node_modules/code-server/lib/vscode/extensions');
  const markdown = join(extensions, 'markdown-basics/syntaxes/markdown.tmLanguage.json');
  if (!existsSync(markdown)) return undefined;
  const map = new Map([['text.html.markdown', markdown]]);
  const yamlDir = join(extensions, 'yaml/syntaxes');
  for (const file of existsSync(yamlDir) ? readdirSync(yamlDir) : []) {
    const scope = (JSON.parse(readFileSync(join(yamlDir, file), 'utf8')) as { scopeName?: string }).scopeName;
    if (scope) map.set(scope, join(yamlDir, file));
  }
  return map;
}
