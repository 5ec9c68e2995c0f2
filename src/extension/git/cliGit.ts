// The execFile git runner shared with the CLI (src/cli/git.ts: argument arrays, no shell, bounded log).
// Loaded lazily: activation pays for none of it.
export type CliGit = typeof import('../../node/git');

let loading: Promise<CliGit> | undefined;

export function loadGit(): Promise<CliGit> {
  return (loading ??= import('../../node/git'));
}
