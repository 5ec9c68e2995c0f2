// Output hardening: a closed pipe ends the CLI quietly with the run's exit code, and control characters
// from review text or file names never reach the terminal or a CI log raw.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { escapeControls } from '../../../src/core/text/controls';
import { escapeData } from '../../../src/cli/format/github';
import { CLI, runCli } from '../cli/helpers';

const HOSTILE_KPI = '---\nemployee: 张三\nreviewer: 李四\ncycle: 2026-Q3\nkpis:\n  - { name: "GMV\\e]0;owned\\a\\e[2J", target: abc, actual: 1 }\n---\n## 一、目标达成情况\n\n达成。\n';

test('escapeControls writes out C0, DEL and C1 characters and keeps tabs and text', () => {
  assert.equal(escapeControls('a\u001b[2Jb\u0007\u009b\u007f\tc 中文'), 'a\\x1b[2Jb\\x07\\x9b\\x7f\tc 中文');
  assert.equal(escapeData('x\u001b]0;t\u0007\r\n%'), 'x\\x1b]0;t\\x07%0D%0A%25');
});

test('a KPI named with terminal escape sequences prints no escape sequence in stylish or github output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdreview-controls-'));
  writeFileSync(join(dir, 'r.md'), HOSTILE_KPI);
  for (const format of ['stylish', 'github']) {
    const r = runCli(['lint', 'r.md', '--format', format], dir, { FORCE_COLOR: '0' });
    assert.match(r.stdout, /GMV\\x1b\]0;owned\\x07\\x1b\[2J/, format);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, format);
  }
});

test('mdreview lint … | head -1: the closed pipe ends the run quietly with its own exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdreview-epipe-'));
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `r${i}.md`), HOSTILE_KPI);
  const expected = runCli(['lint', '.'], dir).status;
  const child = spawn(process.execPath, [CLI, 'lint', '.'], { cwd: dir, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, expected);
  assert.equal(code, 1);
});
