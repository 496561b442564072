import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project's shared folder, laid beside the repository by CI (not part of a clone). */
export const SHARED = resolve(__dirname, '../../../shared');

/**
 * A path inside ../shared, for the system tier. A bare clone has no ../shared: the suite then
 * fails with one line naming what is missing, rather than skipping and passing in silence.
 */
export function sharedPath(relative: string): string {
  const full = resolve(SHARED, relative);
  if (!existsSync(full)) {
    throw new Error(
      `This system test needs ${full} (the project's shared folder beside the repository, as CI lays it out); it is missing.`,
    );
  }
  return full;
}
