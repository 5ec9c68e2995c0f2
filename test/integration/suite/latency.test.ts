// Keystroke → diagnostics in the real extension host, for a 4 KB and a 100 KB review: logs the latency (median,
// p95), mdreview's own main-thread time per keystroke (as the extension measures it), the extension host main
// thread's busy time (event-loop utilisation: VS Code's and other extensions' work included; the lint itself runs on
// a worker thread), the process's CPU time (all threads) and the longest event-loop block. Figures, not assertions: the budgets (DESIGN.md §5) are judged from the log, as timings on a
// shared machine are noise for a test.
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { writeWorkspaceFile } from './helpers';
import { openAndWait, setSetting } from './reviewTestUtils';

const SENTENCES = [
  '第 {i} 场直播观看人数 {n} 人，峰值出现在 20:30，互动率 {p}%，较上场提升 {q} 个百分点。',
  'Stream {i} drew {n} viewers; conversion was {p}% against a {q}% target, helped by the early short-video teaser.',
  '第 {i} 周与选品团队确认了全部商品链接，优惠券配置没有出错，库存问题在 5 分钟内处理完毕。',
];

/** A review of about `bytes` (UTF-8): the six sections (one action item without owner or date, so it has findings), the data section grown by numbered observations. */
function reviewOfSize(bytes: number): string {
  const head = ['---', 'employee: 计时员', 'reviewer: 王芳', 'cycle: 2026-Q3', 'status: draft', 'template: livestream-ops', '---', '', '## 一、目标达成情况', '', '观看人数 12000，目标 10000，超额完成。', '', '## 二、数据分析', ''];
  const tail = ['', '## 三、团队协作', '', '和投放陈磊每周对齐一次时段。', '', '## 四、个人成长', '', '完成数据分析进阶课程。', '', '## 五、改进建议', '', '- [ ] 建立复盘模板 负责人：@计时员 截止：2026-10-31', '- [ ] 补充尺码讲解', '', '## 六、总结与展望', '', '- 2026-12-31 前将互动率从 4.1% 提升到 5%', ''];
  const body: string[] = [];
  let size = Buffer.byteLength([...head, ...tail].join('\n'));
  for (let i = 1; size < bytes; i++) {
    const line = SENTENCES[i % SENTENCES.length].replace('{i}', String(i)).replace('{n}', String(8000 + ((i * 137) % 5000))).replace('{p}', String(3 + (i % 5))).replace('{q}', String(1 + (i % 3)));
    body.push(line, '');
    size += Buffer.byteLength(line) + 2;
  }
  return [...head, ...body, ...tail].join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** Resolves at the next diagnostics publish for `uri`. */
function nextPublish(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        sub.dispose();
        resolve();
      }
    });
  });
}

suite('latency: keystroke → diagnostics', function () {
  this.timeout(180_000);
  teardown(async () => {
    await setSetting('throttleMs', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const [label, bytes, keystrokes] of [['4 KB', 4 * 1024, 30], ['100 KB', 100 * 1024, 15]] as const) {
    test(`${label} review`, async () => {
      // No throttle: the figure is the work a keystroke causes, not the wait before it starts.
      await setSetting('throttleMs', 0);
      const uri = await writeWorkspaceFile(`it/latency/review-${bytes}.md`, reviewOfSize(bytes));
      const { doc, editor } = await openAndWait(uri);
      const line = doc.getText().split('\n').findIndex((l) => l.startsWith('观看人数 12000'));
      const latencies: number[] = [];
      const hostCpu: number[] = [];
      const mainThread: number[] = [];
      const own: number[] = [];
      const ownSoFar = () => vscode.commands.executeCommand<number>('mdreview.diagnostics._ownMainThreadMs');
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      for (let i = 0; i < keystrokes; i++) {
        const ownBefore = await ownSoFar();
        const published = nextPublish(uri);
        const start = performance.now();
        const cpu = process.cpuUsage();
        const busy = performance.eventLoopUtilization();
        assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, editor.document.lineAt(line).text.length), '好')));
        await published;
        latencies.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        hostCpu.push((used.user + used.system) / 1000);
        mainThread.push(performance.eventLoopUtilization(busy).active);
        own.push((await ownSoFar()) - ownBefore);
      }
      loop.disable();
      const f = (n: number) => n.toFixed(1);
      console.log(
        `Keystroke → diagnostics, ${label} review (${Buffer.byteLength(editor.document.getText())} bytes, ${keystrokes} keystrokes): ` +
          `latency median ${f(median(latencies))} ms, p95 ${f(p95(latencies))} ms; mdreview's own main-thread time per keystroke median ${f(median(own))} ms, p95 ${f(p95(own))} ms; ` +
          `extension-host main thread busy (everyone's) median ${f(median(mainThread))} ms, p95 ${f(p95(mainThread))} ms; process CPU (all threads) median ${f(median(hostCpu))} ms, p95 ${f(p95(hostCpu))} ms; longest event-loop block ${f(loop.max / 1e6)} ms`,
      );
      assert.equal(latencies.length, keystrokes);
    });
  }
});
