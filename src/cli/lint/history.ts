import { personKey } from '../../core/history/reviewIndex';
import type { WorkspaceHost } from '../../core/workspace/host';
import type { Workspace } from '../../core/workspace/workspace';
import { historyGroup, historyGroupOf, personOf, type LintJob } from './types';

/**
 * The earlier reviews of the linted people that the run does not lint itself — a pre-commit hook passes only the
 * staged file — read from the repository so the follow-up rules see the same history as a whole-folder run.
 * They are parsed beside the linted reviews (chunks keep a person together) and never reported.
 */
export async function historyJobs(workspace: Workspace, host: WorkspaceHost, jobs: readonly LintJob[], lintedPaths: ReadonlySet<string>, firstIndex: number): Promise<LintJob[]> {
  const groups = new Set(jobs.map(historyGroupOf).filter((g) => g !== undefined));
  if (groups.size === 0) return [];
  const people = new Set(jobs.map(personOf).filter((p) => p !== undefined));
  const files = (await workspace.reviews()).filter((f) => f.employee !== undefined && people.has(personKey(f.employee)) && !lintedPaths.has(f.path));
  const out: LintJob[] = [];
  for (const file of files) {
    const settings = await workspace.settings.forFile(file.path);
    if (!groups.has(historyGroup(settings.id, personKey(file.employee!)))) continue;
    const text = await host.readText(file.path).catch(() => undefined);
    if (text === undefined) continue;
    out.push({ index: firstIndex + out.length, text, settingsId: settings.id, historyOnly: true });
  }
  return out;
}
