import type { PageTiming } from '../../core/preview/protocol';

// How long the preview takes: command → first chart, and keystroke → updated chart. Logged and kept for tests.
export interface PreviewTimings {
  openToFirstChartMs?: number;
  editToChartMs: number[];
}

export class TimingLog {
  readonly timings: PreviewTimings = { editToChartMs: [] };
  private openedAt: number | undefined;
  private firstEditAt: number | undefined;
  private readonly editStartBySeq = new Map<number, number>();

  constructor(private readonly log: (line: string) => void) {}

  opened(): void {
    this.openedAt = performance.now();
  }

  /** The first change of a burst starts the clock; later keystrokes fold into the same update. */
  edited(): void {
    this.firstEditAt ??= performance.now();
  }

  posted(seq: number): void {
    if (this.firstEditAt !== undefined) this.editStartBySeq.set(seq, this.firstEditAt);
    this.firstEditAt = undefined;
  }

  rendered(seq: number, charts: number, page: PageTiming): void {
    const now = performance.now();
    const drawing = `drawing ${(page.painted - page.received).toFixed(0)} ms`;
    if (this.openedAt !== undefined) {
      this.timings.openToFirstChartMs = now - this.openedAt;
      this.log(
        `KPI preview: command → first chart ${this.timings.openToFirstChartMs.toFixed(0)} ms (${charts} charts; page: loading the bundle ${page.scriptStart.toFixed(0)} ms, ` +
          `then waiting for the model ${(page.received - page.scriptStart).toFixed(0)} ms, ${drawing})`,
      );
      this.openedAt = undefined;
    }
    const editAt = this.editStartBySeq.get(seq);
    if (editAt !== undefined) {
      this.editStartBySeq.delete(seq);
      const ms = now - editAt;
      this.timings.editToChartMs.push(ms);
      this.log(`KPI preview: edit → updated chart ${ms.toFixed(0)} ms (${drawing})`);
    }
  }
}
