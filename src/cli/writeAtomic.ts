import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliFileError, writeErrorCode } from './fileErrors';

function writeError(e: unknown, output: string): CliFileError {
  if (e instanceof CliFileError) return e;
  const errno = (e as NodeJS.ErrnoException).code ?? String(e);
  return new CliFileError(writeErrorCode(errno), { output, errno }, { cause: e });
}

let tmpCount = 0;

/**
 * Writes bytes to path all or nothing: into a new temporary file in the same folder, then renamed
 * over the target, so a failed write (disk full, killed) leaves the previous output as it was.
 * A symbolic link at the target is refused rather than followed or replaced: it may point at a
 * file the user did not mean to give up.
 */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw writeError(e, path);
  }
  await refuseLinkOrFolder(path);
  // Exclusive create: never opens an existing file or follows a link planted at the temp name
  // (a clash fails the write rather than sharing a file; node:crypto would cost 25 ms of start-up).
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${(tmpCount++).toString(36)}.tmp`);
  try {
    const fh = await open(tmp, 'wx', 0o644);
    try {
      // No fsync: the rename guards against a failed or killed run, which is what is asked;
      // a sync per file would slow a batch for the rarer case of power loss.
      await fh.writeFile(bytes);
    } finally {
      await fh.close();
    }
    await refuseLinkOrFolder(path);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw writeError(e, path);
  }
}

async function refuseLinkOrFolder(path: string): Promise<void> {
  const st = await lstat(path).catch(() => null);
  if (st?.isSymbolicLink()) throw new CliFileError('output-symlink', { output: path });
  if (st?.isDirectory()) throw new CliFileError('output-is-folder', { output: path });
}
