// Where the editor's lint runs in the browser: inline, on the workspace model every feature shares (a web worker
// extension host is already off the page's main thread; a nested worker would double the 600 KB bundle's load).
import { loadEngine } from './engine';
import type { ReviewWorkspace } from './workspace/reviewWorkspace';

// The desktop seam's interface (esbuild drops type imports, so this names lintBackend.ts itself).
export type LintBackend = import('./lintBackend').LintBackend;

export function createLintBackend(workspace: ReviewWorkspace): LintBackend {
  return {
    lint: async (request) => {
      const [engine, model] = await Promise.all([loadEngine(), workspace.workspace()]);
      return engine.lintInWorkspace(model, request, () => performance.now());
    },
    dispose: () => undefined,
  };
}
