import fc from 'fast-check';

/** Built-ins the module fills in, removed for a test as EdgeHTML 18 lacks them, then restored. */
const MISSING: [object, string][] = [
  [Array.prototype, 'flat'],
  [Array.prototype, 'flatMap'],
  [Object, 'fromEntries'],
  [String.prototype, 'matchAll'],
];

interface Natives {
  flat: (a: unknown[], d?: number) => unknown[];
  flatMap: <T, U>(a: T[], f: (v: T, i: number) => U | U[]) => U[];
  fromEntries: (e: [string, unknown][]) => Record<string, unknown>;
  matchAll: (s: string, r: RegExp) => RegExpMatchArray[];
}

function bind(): Natives {
  return {
    flat: (a, d) => a.flat(d),
    flatMap: (a, f) => a.flatMap(f),
    fromEntries: (e) => Object.fromEntries(e),
    matchAll: (s, r) => [...s.matchAll(r)],
  };
}

function withPolyfills(test: (native: Natives, filled: Natives) => void): void {
  const native = bind();
  const saved = MISSING.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)!] as const);
  try {
    for (const [o, k] of MISSING) delete (o as Record<string, unknown>)[k];
    expect(typeof (Array.prototype as { flatMap?: unknown }).flatMap).toBe('undefined');
    jest.isolateModules(() => {
      jest.requireActual('../../../src/fills/legacyRuntime');
    });
    for (const [o, k] of MISSING) expect(Object.getOwnPropertyDescriptor(o, k)).toBeDefined();
    test(native, bind());
  } finally {
    for (const [o, k, d] of saved) Object.defineProperty(o, k, d);
  }
}

const nested = fc.array(
  fc.oneof(fc.integer(), fc.array(fc.oneof(fc.integer(), fc.array(fc.integer())))),
);

describe('legacyRuntime', () => {
  it('leaves the built-ins of a current engine alone', () => {
    const before = Array.prototype.flatMap;
    jest.isolateModules(() => {
      jest.requireActual('../../../src/fills/legacyRuntime');
    });
    expect(Array.prototype.flatMap).toBe(before);
  });

  it('fills flat, flatMap, fromEntries and matchAll to behave as the built-ins do', () => {
    withPolyfills((native, filled) => {
      fc.assert(
        fc.property(nested, fc.integer({ min: 0, max: 3 }), (a, d) => {
          expect(filled.flat(a, d)).toEqual(native.flat(a, d));
          expect(filled.flat(a)).toEqual(native.flat(a));
        }),
      );
      fc.assert(
        fc.property(fc.array(fc.integer()), (a) => {
          // A nested array stays nested: flatMap flattens one level only.
          const f = (v: number, i: number): unknown => (v % 2 ? [v, i] : v % 3 ? v : [[v]]);
          expect(filled.flatMap(a, f)).toEqual(native.flatMap(a, f));
        }),
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.string(), fc.anything())), (e) => {
          expect(filled.fromEntries(e)).toEqual(native.fromEntries(e));
        }),
      );
      const proto: [string, unknown][] = [['__proto__', { polluted: true }]];
      expect(Object.keys(filled.fromEntries(proto))).toEqual(['__proto__']);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      for (const [s, r] of [
        ['Năm 2017, Năm 2018 và 2019', /\d{4}/g],
        ['aaa', /a*/g],
        ['Chi bộ 1; Chi bộ 2', /Chi bộ (\d)/gu],
        ['', /x/g],
      ] as const) {
        expect(filled.matchAll(s, r).map((m) => [...m, m.index])).toEqual(
          native.matchAll(s, r).map((m) => [...m, m.index]),
        );
      }
      expect(() => filled.matchAll('a', /a/)).toThrow(TypeError);
    });
  });
});
