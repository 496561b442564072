import type { Progress } from './host';

/**
 * The job's progress, kept outside React state: only the progress bar subscribes, so the worker's
 * frequent messages re-render the bar and nothing else on the page's thread.
 */
export class ProgressStore {
  private current: Progress | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): Progress | null => this.current;

  readonly set = (next: Progress | null): void => {
    this.current = next;
    for (const l of this.listeners) l();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
