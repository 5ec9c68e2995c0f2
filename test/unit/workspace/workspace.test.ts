import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInside, joinPath, parentOf, type WorkspaceHost } from '../../../src/core/workspace/host';
import { Workspace } from '../../../src/core/workspace/workspace';
import { sniffCycle, sniffEmployee, sniffStatus } from '../../../src/core/workspace/sniff';

/** A workspace held in memory: one folder `/ws` (the root), files by absolute path. */
function memoryHost(files: Record<string, string>): WorkspaceHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async readText(path) {
      reads.push(path);
      if (path.endsWith('/locked.md')) throw new Error('permission denied');
      return files[path];
    },
    async listFiles(folder) {
      return Object.keys(files)
        .filter((p) => parentOf(p) === folder)
        .map((p) => p.slice(folder.length + 1));
    },
    rootOf: (path) => (isInside(path, '/ws') ? '/ws' : undefined),
    async markdownFiles() {
      return Object.keys(files).filter((p) => p.endsWith('.md') && !p.includes('/.mdreview/'));
    },
  };
}

const review = (employee: string, cycle: string, body = '') => `---\nemployee: ${employee}\ncycle: ${cycle}\n---\n## 一、目标达成情况\n${body}\n`;

test('paths: parent, join and inside', () => {
  assert.equal(parentOf('/ws/a/b.md'), '/ws/a');
  assert.equal(parentOf('/ws'), '/');
  assert.equal(parentOf('/'), undefined);
  assert.equal(joinPath('/ws/', '.mdreview', 'templates'), '/ws/.mdreview/templates');
  assert.ok(isInside('/ws/a.md', '/ws') && isInside('/ws', '/ws/') && !isInside('/wsx/a.md', '/ws'));
});

test('settings: the nearest config up to the root wins; templates are read beside that config', async () => {
  const host = memoryHost({
    '/.mdreviewrc.json': '{"locale": "en"}',
    '/ws/.mdreviewrc.json': '{"locale": "zh"}',
    '/ws/team/.mdreviewrc.yaml': 'defaultTemplate: team\n',
    '/ws/team/.mdreview/templates/team.md': '---\nid: team\nsections:\n  - id: wins\n    heading: Wins\n---\n## Wins\n',
    '/ws/.mdreview/templates/root.md': '---\nid: root\nsections:\n  - id: x\n---\n',
    '/ws/team/q3/a.md': review('A', '2026-Q3'),
    '/ws/b.md': review('B', '2026-Q3'),
  });
  const ws = new Workspace(host, { fallbackRoot: '/ws' });
  const team = await ws.settings.forFile('/ws/team/q3/a.md');
  assert.equal(team.configPath, '/ws/team/.mdreviewrc.yaml');
  assert.deepEqual(team.templates.map((t) => t.path), ['/ws/team/.mdreview/templates/team.md']);
  assert.equal((await ws.parser('/ws/team/q3/a.md'))('---\nemployee: A\ncycle: 2026-Q3\n---\n## Wins\n').sections[0].id, 'wins');
  const top = await ws.settings.forFile('/ws/b.md');
  assert.equal(top.config.locale, 'zh', 'the search stops at the root: /.mdreviewrc.json above it is never read');
  assert.deepEqual(ws.settings.problems, []);
});

test('history: folded names, earlier cycles newest first, a duplicate cycle reported and left out', async () => {
  const host = memoryHost({
    '/ws/2026-Q1/zhang.md': review('张 三', '2026-Q1'),
    '/ws/2026-Q2/zhang.md': review('张三', '2026年第二季度'),
    '/ws/2026-Q2/zhang-copy.md': review('张三', '2026-Q2'),
    '/ws/2025/zhang.md': review('ＺＨＡＮＧ', '2025'),
    '/ws/2026-Q2/li.md': review('李四', '2026-Q2'),
    '/ws/README.md': '# not a review\n',
    '/ws/locked.md': review('张三', '2025-H2'),
  });
  const ws = new Workspace(host, { fallbackRoot: '/ws' });
  const now = (await ws.parser('/ws/2026-Q3/zhang.md'))(review('张三', '2026-Q3'));
  const history = await ws.historyOf('/ws/2026-Q3/zhang.md', now);
  assert.deepEqual(history.earlier.map((e) => e.key), ['/ws/2026-Q1/zhang.md']);
  assert.equal(history.previous, undefined, 'the latest earlier cycle has two reviews: no guess');
  assert.deepEqual(history.duplicates.map((d) => [d.cycle, d.keys]), [['2026-Q2', ['/ws/2026-Q2/zhang-copy.md', '/ws/2026-Q2/zhang.md']]]);
  assert.deepEqual(await ws.people(), ['张 三', '李四', 'ＺＨＡＮＧ'].sort(), 'one name per folded person, as first written');
});

test('history: the current text of a file stands for it, and changed() forgets what was read', async () => {
  const files: Record<string, string> = { '/ws/q2.md': review('Alex', '2026-Q2'), '/ws/q3.md': review('Alex', '2026-Q3') };
  const ws = new Workspace(memoryHost(files), { fallbackRoot: '/ws' });
  const parse = await ws.parser('/ws/q3.md');
  assert.deepEqual((await ws.historyOf('/ws/q3.md', parse(files['/ws/q3.md']))).earlier.map((e) => e.key), ['/ws/q2.md']);
  // Edited (unsaved) to a cycle before Q2: Q2 is no longer earlier.
  assert.deepEqual((await ws.historyOf('/ws/q3.md', parse(review('Alex', '2026-Q1')))).earlier, []);
  files['/ws/q1.md'] = review('Alex', '2026-Q1');
  assert.deepEqual((await ws.historyOf('/ws/q3.md', parse(files['/ws/q3.md']))).earlier.map((e) => e.key), ['/ws/q2.md'], 'cached until told');
  ws.changed('/ws/q1.md');
  assert.deepEqual((await ws.historyOf('/ws/q3.md', parse(files['/ws/q3.md']))).earlier.map((e) => e.key), ['/ws/q2.md', '/ws/q1.md']);
});

test('history: a folder with a config of its own is a set of reviews apart (the CLI draws the same line)', async () => {
  const files: Record<string, string> = {
    '/ws/fixtures/q2.md': review('Alex', '2026-Q2'),
    '/ws/team/.mdreviewrc.json': '{}',
    '/ws/team/q1.md': review('Alex', '2026-Q1'),
    '/ws/team/q3.md': review('Alex', '2026-Q3'),
    '/ws/other/q3.md': review('Alex', '2026-Q3'),
  };
  const ws = new Workspace(memoryHost(files), { fallbackRoot: '/ws' });
  const earlier = async (path: string) => (await ws.historyOf(path, (await ws.parser(path))(files[path]))).earlier.map((e) => e.key);
  assert.deepEqual(await earlier('/ws/team/q3.md'), ['/ws/team/q1.md']);
  assert.deepEqual(await earlier('/ws/other/q3.md'), ['/ws/fixtures/q2.md']);
  const everyFile = new Workspace(memoryHost(files), { fallbackRoot: '/ws', explicitConfig: '/ws/team/.mdreviewrc.json' });
  const path = '/ws/team/q3.md';
  const all = (await everyFile.historyOf(path, (await everyFile.parser(path))(files[path]))).earlier.map((e) => e.key);
  assert.deepEqual(all, ['/ws/fixtures/q2.md', '/ws/team/q1.md'], 'one config for every file (--config): one set');
});

test('sniff: a key written twice is left to the YAML (which keeps the last), so no review is placed by a guess', async () => {
  const twice = '---\nemployee: 张伟\ncycle: 2026-Q1\ncycle: 2026-Q3\n---\n## 一、目标达成情况\n';
  assert.equal(sniffCycle(twice), undefined);
  assert.equal(sniffEmployee(twice), '张伟');
  assert.equal(sniffCycle(review('张伟', '2026-Q3')), '2026-Q3');
  const workspace = new Workspace(memoryHost({ '/ws/a.md': twice }), { fallbackRoot: '/ws' });
  const [file] = await workspace.reviews();
  assert.equal(file.cycle, undefined, 'the workspace does not list it under 2026-Q1');
  assert.equal((await workspace.parsed('/ws/a.md'))?.meta.cycle, '2026-Q3', 'the parse places it');
});

test('sniff: the status as written, for the Team Overview’s first paint', async () => {
  const text = '---\nemployee: 张伟\ncycle: 2026-Q3\nstatus: "已提交"  # 面谈后\n---\n';
  assert.equal(sniffStatus(text), '已提交');
  assert.equal(sniffStatus(review('张伟', '2026-Q3')), undefined);
  const [file] = await new Workspace(memoryHost({ '/ws/a.md': text }), { fallbackRoot: '/ws' }).reviews();
  assert.equal(file.status, '已提交');
});
