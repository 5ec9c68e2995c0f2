// Builds real temporary git repositories for the CLI diff tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Command } from '../../../src/cli/command';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.invalid' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: ENV, encoding: 'utf8' });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A review of 张三 for `cycle`; `interaction` names the KPI whose id stays `interaction-rate`. */
export function review(cycle: string, interaction: string, values: { viewers: number; rate: string; conversion: string }, extra = ''): string {
  return `---
employee: 张三
cycle: ${cycle}
template: livestream-ops
kpis:
  - { name: 观看人数, id: viewers, unit: 人, target: 50000, actual: ${values.viewers} }
  - { name: ${interaction}, id: interaction-rate, unit: "%", target: 5%, actual: ${values.rate} }
  - { name: 销售转化率, id: conversion-rate, unit: "%", target: 3%, actual: ${values.conversion} }
---
## 一、目标达成情况

本期观看人数 ${values.viewers}。

## 二、数据分析

晚间为峰值。${extra}

## 五、改进建议

- [ ] 优化开场话术 负责人：@张三 截止：${cycle === '2026-Q1' ? '2026-04-30' : '2026-07-31'}

## 六、总结与展望

- 将观看人数提升到 55000
`;
}

export const OLD_PATH = '团队 A/张三 评审.md';
export const NEW_PATH = '团队 A/张三 绩效面谈.md';

/** Three cycles of one file: Q1, Q2, then a rename with Q3 (and the KPI 互动占比 renamed 互动率), then a Q3 fix-up. */
export function threeCycleRepo(): string {
  const root = tempDir('mdreview diff 仓库 ');
  git(root, 'init', '-q', '-b', 'main');
  write(root, OLD_PATH, review('2026-Q1', '互动占比', { viewers: 40000, rate: '4%', conversion: '3.5%' }));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Q1 review');
  write(root, OLD_PATH, review('2026-Q2', '互动占比', { viewers: 45000, rate: '4.1%', conversion: '3.2%' }));
  git(root, 'commit', '-q', '-am', 'Q2 review');
  git(root, 'mv', OLD_PATH, NEW_PATH);
  write(root, NEW_PATH, review('2026-Q3', '互动率', { viewers: 52000, rate: '4.8%', conversion: '3%' }));
  git(root, 'commit', '-q', '-am', 'Q3 review, file renamed');
  write(root, NEW_PATH, review('2026-Q3', '互动率', { viewers: 52000, rate: '4.8%', conversion: '3%' }, '转化率略降。'));
  git(root, 'commit', '-q', '-am', 'Q3 fix-up');
  return root;
}

/** Runs a CLI command in `cwd` with English messages and collects what it writes. */
export async function run(command: Command, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await command.run(args, { cwd, locale: 'en', stdout: out, stderr: err, env });
  return { code, stdout, stderr };
}
