/** Shaped like OfficeExtension.Error: code, message, debugInfo. */
export class DoubleOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export function propertyNotLoaded(owner: string, prop: string): DoubleOfficeError {
  return new DoubleOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${prop}`,
  );
}

/** "1.13" > "1.9": requirement-set versions compare part by part, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
