import { fstatSync, writeSync } from 'node:fs';

/**
 * The report's way to stdout. To a file or a device, bytes go out with writeSync in a loop: Node's
 * own stream ignores a short write, so a file size limit (EFBIG) or a full disk would cut the
 * report silently. A failure is kept, not thrown: the batch (and its --out files) goes on, and the
 * command ends with one line saying the report could not be written.
 */
export class StdoutWriter {
  failure: string | null = null;
  private readonly toFile: boolean;

  constructor() {
    let file = false;
    try {
      const st = fstatSync(1);
      file = st.isFile() || (st.isCharacterDevice() && !process.stdout.isTTY);
    } catch {
      // No stdout at all: writes fail below and are reported.
    }
    this.toFile = file;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => this.fail(e));
  }

  write(text: string): void {
    if (this.failure !== null) return;
    if (!this.toFile) {
      process.stdout.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(1, bytes, at);
    } catch (e) {
      this.fail(e as NodeJS.ErrnoException);
    }
  }

  private fail(e: NodeJS.ErrnoException): void {
    // A reader that stops early (| head) is not an error of ours.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    this.failure ??= e.code ?? e.message;
  }
}
