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

  /** `sinceLoadMs`: the page's clock at that frame, i.e. time since the webview document began loading. */
  rendered(seq: number, charts: number, renderMs: number, sinceLoadMs: number): void {
    const now = performance.now();
    if (this.openedAt !== undefined) {
      this.timings.openToFirstChartMs = now - this.openedAt;
      this.log(`KPI preview: command → first chart ${this.timings.openToFirstChartMs.toFixed(0)} ms (${charts} charts; page: loaded → drawn ${sinceLoadMs.toFixed(0)} ms, drawing ${renderMs.toFixed(1)} ms)`);
      this.openedAt = undefined;
    }
    const editAt = this.editStartBySeq.get(seq);
    if (editAt !== undefined) {
      this.editStartBySeq.delete(seq);
      const ms = now - editAt;
      this.timings.editToChartMs.push(ms);
      this.log(`KPI preview: edit → updated chart ${ms.toFixed(0)} ms (page render ${renderMs.toFixed(1)} ms)`);
    }
  }
}
