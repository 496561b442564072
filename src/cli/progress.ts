import type { Lang } from '../core/words';

/** Where progress goes: stderr, drawn only when it is a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

/** Work that ends within this is over before a person wonders; no line for it. */
export const SHOW_AFTER_MS = 2000;
const REDRAW_MS = 100;

function grouped(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'vi' ? '.' : ',');
}

/**
 * One line of progress on a terminal's stderr (files done, rows read), redrawn in place, for a
 * batch or a file that takes more than about two seconds. Never on a stream that is not a
 * terminal, so a log or a pipe gets only the report and the error lines.
 */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly totalFiles: number,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(filesDone: number, rowsRead: number): void {
    if (!this.stream.isTTY) return;
    const t = this.now();
    if (t - this.started < SHOW_AFTER_MS || t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write(`\r\x1b[K${this.line(filesDone, rowsRead)}`);
  }

  /** Takes the line away, before other stderr lines and at the end. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.lastDraw = 0;
    this.stream.write('\r\x1b[K');
  }

  line(filesDone: number, rowsRead: number): string {
    const seconds = Math.round((this.now() - this.started) / 1000);
    const files = `${filesDone}/${this.totalFiles}`;
    const rows = grouped(rowsRead, this.lang);
    return this.lang === 'en'
      ? `bang-kiem: ${files} files done, ${rows} rows read, ${seconds} s…`
      : `bang-kiem: xong ${files} tệp, đã đọc ${rows} dòng, ${seconds} giây…`;
  }
}
