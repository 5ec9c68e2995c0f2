#!/usr/bin/env node
// mdreview's findings in any editor that speaks LSP (Neovim, Helix, Zed, Emacs…): unified-language-server running
// remark with the mdreview plugin (`mdreview/unified`). Start it as `mdreview-language-server --stdio`.
//
// Only mdreview's findings are reported: the server reads no .remarkrc (run remark-language-server for remark-lint),
// and it does not format — a formatting request leaves the review as it is instead of rewriting it with
// remark-stringify. It needs unified-language-server 4 and remark 15 beside mdreview (`npm install -D
// unified-language-server@4 remark@15`); a remark installed in the workspace is used instead of that one.
import { createRequire } from 'node:module';
import mdreview from 'mdreview/unified';

/**
 * unified-language-server 4.1 reads the editor's answer to `workspace/configuration` (section `mdreview`) as an
 * object. An editor with no settings for the section answers null (Neovim, Helix), which would stop every check:
 * read null as no settings. Patched on vscode-languageserver before unified-language-server imports it.
 */
function toleratingNoSettings() {
  const fromServer = createRequire(createRequire(import.meta.url).resolve('unified-language-server'));
  const lsp = fromServer('vscode-languageserver/node.js');
  const create = lsp.createConnection;
  lsp.createConnection = (...args) => {
    const connection = create(...args);
    const { workspace } = connection;
    const get = workspace.getConfiguration;
    workspace.getConfiguration = function (...query) {
      return get.apply(this, query).then((value) => (Array.isArray(value) ? value.map((v) => v ?? {}) : (value ?? {})));
    };
    return connection;
  };
}

let server;
let remark;
try {
  toleratingNoSettings();
  ({ createUnifiedLanguageServer: server } = await import('unified-language-server'));
  ({ remark } = await import('remark'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'MODULE_NOT_FOUND') throw error;
  process.stderr.write(`mdreview-language-server: ${error.message}\nInstall the server beside mdreview: npm install -D unified-language-server@4 remark@15\n`);
  process.exit(2);
}

/** The file's own text as the "formatted" result: formatting changes nothing. */
function keepText() {
  this.compiler = (_tree, file) => String(file.value);
}

server({
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
  plugins: [mdreview, keepText],
  configurationSection: 'mdreview',
});
