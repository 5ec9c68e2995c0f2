/**
 * Runs `fn` at most once per `delayMs`, after the first call of a burst — like the built-in
 * Markdown preview, which waits 300 ms after a keystroke and folds the rest of the burst in.
 */
export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly delayMs: number, private readonly fn: () => void) {}

  schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.fn();
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
