// scripts/mdreview-language-server.mjs (unified-language-server + remark + mdreview/unified) driven over stdio by a
// scripted LSP client, against `mdreview lint --format json` on the same files.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { cliFindings, ENV, ROOT, sorted, type Compared } from './helpers';
import { LspClient, type Diagnostic } from './lspClient';

const SERVER = join(ROOT, 'scripts/mdreview-language-server.mjs');
const EXAMPLES = join(ROOT, 'examples');
const SEVERITY: Record<number, Compared['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function compared(diagnostics: Diagnostic[]): Compared[] {
  return sorted(
    diagnostics.map((d) => ({
      ruleId: String(d.code),
      severity: SEVERITY[d.severity ?? 1],
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    })),
  );
}

const reviewFiles = (): string[] => ['2026-Q2', '2026-Q3'].flatMap((cycle) => readdirSync(join(EXAMPLES, 'reviews', cycle)).map((name) => join(EXAMPLES, 'reviews', cycle, name)));

describe('mdreview as a unified plugin: unified-language-server over stdio', () => {
  let client: LspClient;
  before(async () => {
    // As Neovim with the README's config: the server asks for the `mdreview` settings, and the editor, which has
    // none, answers null.
    client = new LspClient(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, env: ENV, settings: {} });
    const folder = { uri: pathToFileURL(ROOT).href, name: 'mdreview' };
    await client.request('initialize', { processId: process.pid, rootUri: folder.uri, capabilities: client.capabilities, workspaceFolders: [folder] });
    client.notify('initialized', {});
  });
  after(async () => {
    assert.equal(await client.close(), 0, client.stderr);
  });

  it('publishes, for each example opened, the findings of mdreview lint --format json; none for the README', async () => {
    const cli = cliFindings(['examples'], ROOT);
    const files = [...reviewFiles(), join(EXAMPLES, 'README.md')];
    for (const path of files) client.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(path).href, languageId: 'markdown', version: 1, text: readFileSync(path, 'utf8') } });
    let total = 0;
    for (const path of files) {
      const uri = pathToFileURL(path).href;
      const published = await client.diagnostics((p) => p.uri === uri && p.version === 1);
      assert.deepEqual(compared(published.diagnostics), cli.get(path) ?? [], path);
      for (const d of published.diagnostics) {
        assert.equal(d.source, 'mdreview');
        assert.match(d.codeDescription?.href ?? '', /^file:.*\/docs\/rules\/[a-z-]+\.md$/);
      }
      total += published.diagnostics.length;
    }
    assert.ok(total > 0, 'the examples have findings');
    assert.ok(cli.has(files[0]) && !cli.has(join(EXAMPLES, 'README.md')), 'the CLI lints the reviews and skips the README');
  });

  it('lints the editor\'s text on change, with the history on disk, as the CLI lints that text saved', async () => {
    const path = join(EXAMPLES, 'reviews/2026-Q3/Alex Chen.md');
    const uri = pathToFileURL(path).href;
    const edited = readFileSync(path, 'utf8').replace(/^reviewer:.*\n/m, '').replace(/\n## /, '\nTODO: a summary line.\n\n## ');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const published = await client.diagnostics((p) => p.uri === uri && p.version === 2);

    // The same text saved in a copy of examples/ (outside git, the config's folder holds the history).
    const copy = join(mkdtempSync(join(tmpdir(), 'mdreview-lsp-')), 'examples');
    cpSync(EXAMPLES, copy, { recursive: true });
    writeFileSync(join(copy, 'reviews/2026-Q3/Alex Chen.md'), edited);
    const expected = cliFindings(['reviews/2026-Q3/Alex Chen.md'], copy).get(join(copy, 'reviews/2026-Q3/Alex Chen.md'))!;
    assert.deepEqual(compared(published.diagnostics), expected);
    const rules = new Set(expected.map((f) => f.ruleId));
    assert.ok(rules.has('frontmatter') && rules.has('placeholder') && rules.has('follow-up-missing'), [...rules].join(', '));
  });

  it('offers a finding\'s fix as a quick fix, and a formatting request leaves the review as it is', async () => {
    const path = join(EXAMPLES, 'reviews/2026-Q3/李娜.md');
    const uri = pathToFileURL(path).href;
    const published = await client.diagnostics((p) => p.uri === uri && p.version === 1);
    const due = published.diagnostics.find((d) => d.code === 'action-due');
    assert.ok(due, 'an action item without a due date');
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: Diagnostic['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: due.range,
      context: { diagnostics: [due] },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const [edit] = actions[0].edit.changes[uri];
    assert.deepEqual(edit.range, due.range);
    const line = readFileSync(path, 'utf8').split('\n')[due.range.start.line];
    assert.equal(edit.newText.slice(0, due.range.end.character - due.range.start.character), line.slice(due.range.start.character, due.range.end.character));
    assert.match(edit.newText.slice(due.range.end.character - due.range.start.character), /\d{4}-\d{2}-\d{2}/);

    const formatted = await client.request<unknown>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(formatted === null || (Array.isArray(formatted) && formatted.length === 0), JSON.stringify(formatted));
  });
});
