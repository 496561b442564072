import type { DoubleContext } from './context';
import { propertyNotLoaded } from './officeError';

/**
 * A write-only object graph (RangeFormat, Chart, PageLayout...): setting a known property queues
 * the write; reading one throws PropertyNotLoaded (the host never reads these back); anything not
 * listed throws, so the host cannot lean on an API the double does not check.
 */
export interface RecorderSpec {
  kind: string;
  /** Property path → ExcelApi version. Border items are written "borders.*". */
  props: Record<string, string>;
  methods: Record<string, { version: string; call: (args: unknown[], path: string) => unknown }>;
  /** Applies a write at sync time. */
  sink: (path: string, value: unknown) => void;
}

function norm(path: string): string {
  return path.replace(/borders\.(Edge|Inside|Diagonal)\w+/, 'borders.*');
}

export function recorder(ctx: DoubleContext, spec: RecorderSpec, base = ''): object {
  const keys = [...Object.keys(spec.props), ...Object.keys(spec.methods)];
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== 'string' || prop === 'then' || prop === 'toJSON') return undefined;
        const path = base ? `${base}.${prop}` : prop;
        const n = norm(path);
        const method = spec.methods[n];
        if (method) {
          return (...args: unknown[]) => {
            ctx.requireApi(method.version, `${spec.kind}.${n}`);
            return method.call(args, path);
          };
        }
        if (spec.props[n]) throw propertyNotLoaded(spec.kind, path);
        if (keys.some((k) => k.startsWith(`${n}.`))) return recorder(ctx, spec, path);
        throw new Error(`excelDouble: ${spec.kind}.${path} is not implemented`);
      },
      set(_t, prop, value: unknown) {
        const path = base ? `${base}.${String(prop)}` : String(prop);
        const n = norm(path);
        const version = spec.props[n];
        if (!version) throw new Error(`excelDouble: cannot set ${spec.kind}.${path}`);
        ctx.requireApi(version, `${spec.kind}.${n}`);
        ctx.enqueue(() => spec.sink(path, value), value);
        return true;
      },
    },
  );
}
