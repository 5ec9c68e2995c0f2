// The real remark-cli with `--use mdreview/unified` (and `--use mdreview`) against `mdreview lint --format json`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { cliFindings, ENV, ROOT, sorted, type Compared } from './helpers';

const REMARK = join(ROOT, 'node_modules/remark-cli/cli.js');

interface JsonMessage {
  ruleId?: string;
  source?: string;
  reason: string;
  fatal?: boolean | null;
  line?: number;
  column?: number;
  place?: { start: { line: number; column: number }; end: { line: number; column: number } };
  url?: string;
  actual?: string;
  expected?: string[];
}

const runs = new Map<string, ReturnType<typeof runRemark>>();

/** `remark <args> --no-stdout --report json` in the repository root: each file's messages by absolute path, and the exit code (each run once). */
function remark(args: string[]) {
  const key = args.join('\u0000');
  if (!runs.has(key)) runs.set(key, runRemark(args));
  return runs.get(key)!;
}

function runRemark(args: string[]) {
  const r = spawnSync(process.execPath, [REMARK, ...args, '--no-stdout', '--no-color', '--report', 'json'], { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 60_000 });
  assert.ok(r.stderr.trim().startsWith('['), `remark-cli printed no JSON report (exit ${r.status}): ${r.stderr}${r.stdout}`);
  const files = JSON.parse(r.stderr) as { path: string; messages: JsonMessage[] }[];
  return { status: r.status, files: new Map(files.map((f) => [resolve(ROOT, f.path), f.messages])) };
}

function compared(messages: JsonMessage[]): Compared[] {
  return sorted(
    messages.map((m) => ({
      ruleId: String(m.ruleId),
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: m.reason,
      line: m.place!.start.line,
      column: m.place!.start.column,
      endLine: m.place!.end.line,
      endColumn: m.place!.end.column,
    })),
  );
}

describe('mdreview as a unified plugin: remark-cli', () => {
  it('remark --use mdreview/unified examples/reviews reports what mdreview lint --format json does', () => {
    const cli = cliFindings(['examples/reviews'], ROOT);
    const { status, files } = remark(['examples/reviews', '--use', 'mdreview/unified']);
    assert.deepEqual([...files.keys()].sort(), [...cli.keys()].sort(), 'the same files');
    let total = 0;
    for (const [path, messages] of files) {
      assert.deepEqual(compared(messages), cli.get(path), path);
      total += messages.length;
      for (const m of messages) {
        assert.equal(m.source, 'mdreview');
        assert.equal(m.line, m.place!.start.line);
        assert.equal(m.column, m.place!.start.column);
        if (m.url) assert.ok(existsSync(fileURLToPath(m.url)), `${m.ruleId}: ${m.url}`);
        else assert.fail(`${m.ruleId} has no url`);
      }
    }
    assert.ok(total > 0, 'the examples have findings');
    // remark-cli fails on a fatal message as mdreview lint exits 1 on an error-level finding.
    const errors = [...cli.values()].flat().some((f) => f.severity === 'error');
    assert.equal(status, errors ? 1 : 0);
  });

  it('fix data: `expected` replaces exactly the `actual` text at the message\'s place', () => {
    const { files } = remark(['examples/reviews', '--use', 'mdreview/unified']);
    let fixes = 0;
    for (const [path, messages] of files) {
      const lines = readFileSync(path, 'utf8').split(/\r\n|\r|\n/);
      for (const m of messages.filter((x) => x.expected)) {
        const { start, end } = m.place!;
        const slice = start.line === end.line
          ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
          : [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join('\n');
        assert.equal(m.actual, slice, `${path}:${start.line} ${m.ruleId}`);
        assert.ok(m.expected!.length > 0 && m.expected!.every((e) => typeof e === 'string' && e !== m.actual));
        fixes++;
      }
    }
    assert.ok(fixes > 0, 'some findings carry a fix');
  });

  it('remark --use mdreview (the package name) walks examples/: the README, no review, gets no message', () => {
    const cli = cliFindings(['examples'], ROOT);
    const { files } = remark(['examples', '--use', 'mdreview']);
    assert.deepEqual(files.get(join(ROOT, 'examples/README.md')), []);
    for (const [path, findings] of cli) assert.deepEqual(compared(files.get(path) ?? []), findings, path);
    for (const [path, messages] of files) if (!cli.has(path)) assert.deepEqual(messages, [], `${path} is no review`);
  });
});
