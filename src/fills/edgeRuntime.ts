/**
 * What the full pane needs beyond ES2017 in EdgeHTML 18 (retail Office 2016/2019, Microsoft 365
 * builds of 2019–2020): the engine's few ES2019 built-ins (legacyRuntime), and two browser APIs
 * Fluent UI v9 calls that EdgeHTML lacks. ResizeObserver comes from @juggle/resize-observer, a
 * maintained implementation of the spec. WeakRef cannot be built from anything weaker; tabster
 * (Fluent's focus manager) only uses it to avoid keeping removed elements alive, so a strong
 * reference is the honest fallback: correct behaviour, at most some retained nodes.
 */
import { ResizeObserver as ResizeObserverFill } from '@juggle/resize-observer';
import './legacyRuntime';

const g = globalThis as Record<string, unknown>;

if (typeof g.ResizeObserver === 'undefined') g.ResizeObserver = ResizeObserverFill;

if (typeof g.WeakRef === 'undefined') {
  g.WeakRef = class StrongRef<T extends object> {
    private readonly target: T;
    constructor(target: T) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
        throw new TypeError('WeakRef: target must be an object');
      }
      this.target = target;
    }
    deref(): T {
      return this.target;
    }
  };
}

export {};
