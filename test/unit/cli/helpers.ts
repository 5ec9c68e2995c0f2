import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** dist-test/unit/cli/*.js → the repository root → the built bin. */
export const CLI = resolve(__dirname, '../../../dist/cli.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …` in `cwd` with an English, colourless, non-CI environment unless `env` says otherwise. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8' };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding an `mdreview` command that runs this checkout's CLI, as `npm install -D` would provide. */
export function shimBin(): string {
  const bin = mkdtempSync(join(tmpdir(), 'mdreview-bin-'));
  writeFileSync(join(bin, 'mdreview'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
  chmodSync(join(bin, 'mdreview'), 0o755);
  return bin;
}

/** `--format json` output, parsed. */
export function runJson(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = runCli(['lint', '--format', 'json', ...args], cwd, env);
  return { ...r, reports: JSON.parse(r.stdout) as { file: string; findings: Record<string, unknown>[] }[] };
}

/** A fresh temporary folder with `files` written into it (paths relative, folders created). */
export function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'mdreview-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A complete English review: every section, owners and dates on action items, a measurable dated goal. */
export const CLEAN_EN = `---
employee: Alex Chen
reviewer: Maria Lopez
cycle: 2026-Q3
status: draft
date: 2026-10-12
template: general
kpis:
  - { name: Revenue, id: gmv, unit: USD, target: $1.4M, actual: $1.45M }
---

# Alex Chen · 2026-Q3 performance review

## 1. Goal attainment

Alex ran 39 livestreams this quarter. Revenue reached $1.45M against a $1.4M target, led by the back-to-school streams.

## 2. Data analysis

- Revenue by month: $0.41M in July, $0.47M in August, $0.57M in September.
- Peak concurrent viewers: 5,900 on the September 5 stream, a new high.

## 3. Teamwork

Alex agreed every coupon with the merchandising team a day ahead, and the September stock-out was fixed in five minutes.

## 4. Personal growth

Alex finished the platform analytics course and now builds the post-stream dashboard alone; the dashboards were excellent.

## 5. Improvements

- [ ] Write a checklist for live unboxing segments Owner: @alex Due: 2026-11-30

## 6. Summary and outlook

- Raise revenue from $1.45M to $1.6M by 2026-12-31 with a weekly stream series.
`;

/** The clean review without its reviewer: one error-level finding (frontmatter). */
export const NO_REVIEWER_EN = CLEAN_EN.replace('reviewer: Maria Lopez\n', '');

/** A Chinese review with action items lacking owner and date. */
export const DRAFT_ZH = `---
employee: 张伟
reviewer: 孙经理
cycle: 2026-Q3
---

# 张伟 · 绩效面谈

## 五、改进建议

- [ ] 优化直播开场脚本
`;
