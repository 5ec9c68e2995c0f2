import type { Locale } from '../../core/i18n';
import { t } from '../messages';

/** Runs shorter than this finish before a counter would help. */
const MIN_FILES = 100;
const INTERVAL_MS = 100;

/** A one-line "checked n/total" counter on stderr, for long runs on a terminal only (never in CI or a pipe). */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number,
    private readonly locale: Locale,
    env: NodeJS.ProcessEnv,
  ) {
    this.enabled = Boolean(stream.isTTY) && !env.CI && total >= MIN_FILES;
  }

  advance(count: number): void {
    this.done += count;
    const now = Date.now();
    if (!this.enabled || now - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = now;
    const line = t(this.locale, 'progress', { done: this.done, total: this.total });
    this.stream.write(`\r${line}\x1b[K`);
  }

  /** Clears the counter line so the report starts on a clean line. */
  finish(): void {
    if (this.enabled && this.lastDraw) this.stream.write('\r\x1b[K');
  }
}
