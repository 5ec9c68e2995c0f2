import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { CLEAN_EN, NO_REVIEWER_EN, shimBin, workspace } from './helpers';

const ROOT = resolve(__dirname, '../../..');
const BIN = shimBin();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/**
 * Runs the recipe's mdreview command lines in order, as the CI shell would (`sh -e`: a failing line ends the job),
 * with `npx mdreview` being this checkout's CLI. Returns the exit status of the job.
 */
function runJob(lines: string[], cwd: string): number | null {
  const script = lines.filter((l) => l.includes('mdreview')).join('\n');
  const r = spawnSync('sh', ['-ec', script.replaceAll('npx mdreview', 'mdreview')], { cwd, encoding: 'utf8', env: { PATH: `${BIN}${delimiter}${process.env.PATH}`, LANG: 'en_US.UTF-8' } });
  return r.status;
}

interface GitHubStep {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

describe('CI recipes (docs/ci/*.yml, shown in docs/ci.md)', () => {
  it('docs/ci.md shows each recipe file exactly', () => {
    const doc = read('docs/ci.md');
    for (const file of ['docs/ci/github-actions.yml', 'docs/ci/gitlab-ci.yml']) assert.ok(doc.includes(`\`\`\`yaml\n${read(file)}\`\`\``), file);
  });

  it('GitHub Actions: uploads the SARIF it wrote even when there are findings, then fails on the annotations step', () => {
    const workflow = parse(read('docs/ci/github-actions.yml'));
    assert.equal(workflow.permissions['security-events'], 'write');
    const steps = workflow.jobs.lint.steps as GitHubStep[];
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    assert.ok(runs.some((r) => r.includes('--format github')));

    const bad = workspace({ 'reviews/alex.md': NO_REVIEWER_EN });
    const sarifStep = runs.find((r) => r.includes('--format sarif'))!;
    assert.equal(runJob([sarifStep], bad), 0, 'findings must not stop the upload');
    const log = JSON.parse(readFileSync(join(bad, upload.with!.sarif_file), 'utf8'));
    assert.ok(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'frontmatter'));
    assert.equal(runJob(runs, bad), 1);
    assert.equal(runJob(runs, workspace({ 'reviews/alex.md': CLEAN_EN })), 0);
    assert.notEqual(runJob([sarifStep], workspace({ '.mdreviewrc.json': '{ not json', 'reviews/alex.md': CLEAN_EN })), 0, 'a broken config fails the job');
  });

  it('GitLab CI: writes the Code Quality artifact it declares, then fails the job on error-level findings', () => {
    const job = parse(read('docs/ci/gitlab-ci.yml')).mdreview;
    const report = job.artifacts.reports.codequality as string;
    assert.equal(job.artifacts.when, 'always');
    const bad = workspace({ 'reviews/alex.md': NO_REVIEWER_EN });
    assert.equal(runJob(job.script, bad), 1);
    assert.ok(existsSync(join(bad, report)));
    const issues = JSON.parse(readFileSync(join(bad, report), 'utf8')) as { check_name: string; location: { path: string } }[];
    assert.ok(issues.some((i) => i.check_name === 'frontmatter' && i.location.path === 'reviews/alex.md'));
    assert.equal(runJob(job.script, workspace({ 'reviews/alex.md': CLEAN_EN })), 0);
  });
});
