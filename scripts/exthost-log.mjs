// Which extension-host log entries are this extension's errors. Kept apart from vscode-host.mjs
// (which drives a browser) so a unit test can feed it log samples.

/**
 * The [error] entries of one extension-host log that belong to the extension: the entry names
 * its id (`publisher.name`, as VS Code writes it in "[mdreview.mdreview]" or "Activating extension
 * 'mdreview.mdreview' failed"), or its stack runs through one of its own bundles in `bundleDir`.
 * Nothing else counts — in particular not a path that merely contains the word "mdreview", such as
 * VS Code's git extension failing under a checkout named mdreview/.vscode-host/.
 *
 * @param {string} log          the log file's text; an entry starts with a timestamp
 * @param {{ extensionId: string, bundleDir: string }} ours
 * @returns {string[]}          the matching entries, trimmed
 */
export function extensionErrorsInLog(log, { extensionId, bundleDir }) {
  const dir = bundleDir.replace(/\\/g, '/').replace(/\/+$/, '');
  // The id standing alone: not part of a longer name or a path segment such as /x/mdreview.mdreview/.
  const id = new RegExp(`(?<![\\w./-])${escapeRe(extensionId)}(?![\\w/-]|\\.\\w)`, 'i');
  const bundle = new RegExp(`${escapeRe(dir)}/[^/\\s():]+\\.js\\b`);
  return log
    .split(/\r?\n(?=\d{4}-\d\d-\d\d[ T]\d\d:\d\d)/)
    .filter((entry) => /^\S+ \S+ \[error\]/.test(entry))
    .filter((entry) => id.test(entry) || bundle.test(entry.replace(/\\/g, '/')))
    .map((entry) => entry.trim());
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
