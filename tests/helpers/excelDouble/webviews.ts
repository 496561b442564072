/**
 * The JavaScript the web views of older Office offer, for running built bundles as they would
 * run there. Trident (Internet Explorer 11: Office 2016/2019 volume licence) is ES5 with a few
 * ES2015 pieces; EdgeHTML 18 (retail Office 2016/2019) is ES2017 without WeakRef and
 * ResizeObserver, which Fluent UI v9 calls.
 */
import * as vm from 'node:vm';

/** Globals Internet Explorer 11 does not have (or has too incompletely to rely on). */
export const TRIDENT_MISSING_GLOBALS = [
  'Promise',
  'Symbol',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Proxy',
  'Reflect',
  'WeakRef',
  'FinalizationRegistry',
  'AggregateError',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'globalThis',
  'queueMicrotask',
  'structuredClone',
  'TextDecoder',
  'TextEncoder',
  'fetch',
  'AbortController',
  'ResizeObserver',
  'SharedArrayBuffer',
  'Atomics',
];

/** ES2015+ members Internet Explorer 11 lacks on built-ins that it has. */
export const TRIDENT_MISSING_MEMBERS: Record<string, string[]> = {
  Array: ['from', 'of'],
  'Array.prototype': [
    'find',
    'findIndex',
    'fill',
    'includes',
    'flat',
    'flatMap',
    'entries',
    'keys',
    'values',
    'copyWithin',
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
  ],
  Object: ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertySymbols', 'is', 'hasOwn'],
  String: ['fromCodePoint', 'raw'],
  'String.prototype': [
    'normalize',
    'includes',
    'startsWith',
    'endsWith',
    'repeat',
    'padStart',
    'padEnd',
    'codePointAt',
    'matchAll',
    'trimStart',
    'trimEnd',
    'at',
    'replaceAll',
  ],
  Number: [
    'isInteger',
    'isFinite',
    'isNaN',
    'isSafeInteger',
    'parseFloat',
    'parseInt',
    'EPSILON',
    'MAX_SAFE_INTEGER',
    'MIN_SAFE_INTEGER',
  ],
  Math: [
    'trunc',
    'sign',
    'cbrt',
    'log10',
    'log2',
    'hypot',
    'imul',
    'clz32',
    'fround',
    'expm1',
    'log1p',
  ],
};

/** Globals EdgeHTML 18 lacks that the full pane's libraries call. */
export const EDGEHTML_MISSING_GLOBALS = ['WeakRef', 'ResizeObserver'];

export interface TridentRealm {
  context: vm.Context;
  /** Runs a script (a built bundle) in the realm. */
  run(code: string, filename: string): unknown;
  /** Copies a value into the realm: its arrays become the realm's (ES5) arrays. */
  adopt<T>(value: T): T;
  global: Record<string, unknown>;
}

/**
 * A fresh realm stripped to what Internet Explorer 11 offers, with the browser globals a
 * function file touches (window, self, location, navigator, timers) and the extra ones given.
 */
export function tridentRealm(extra: Record<string, unknown> = {}): TridentRealm {
  const context = vm.createContext({});
  const global = vm.runInContext('this', context) as Record<string, unknown>;
  const strip = vm.runInContext(
    `(function (globals, members) {
      var g = this;
      globals.forEach(function (n) { delete g[n]; });
      Object.keys(members).forEach(function (path) {
        var target = path.split('.').reduce(function (o, k) { return o[k]; }, g);
        members[path].forEach(function (n) { delete target[n]; });
      });
    })`,
    context,
  ) as (g: string[], m: Record<string, string[]>) => void;
  // Node's realm hands iterator methods keyed by the real Symbol.iterator; IE11 has none.
  const iteratorKey = vm.runInContext('Symbol.iterator', context) as symbol;
  const protos = vm.runInContext('[Array.prototype, String.prototype]', context) as object[];
  strip(
    TRIDENT_MISSING_GLOBALS,
    JSON.parse(JSON.stringify(TRIDENT_MISSING_MEMBERS)) as Record<string, string[]>,
  );
  for (const p of protos) delete (p as Record<symbol, unknown>)[iteratorKey];
  const adoptFn = vm.runInContext(
    `(function adopt(v) {
      if (v === null || typeof v !== 'object') return v;
      if (Object.prototype.toString.call(v) === '[object Array]') {
        var out = [];
        for (var i = 0; i < v.length; i++) out.push(adopt(v[i]));
        return out;
      }
      return v;
    })`,
    context,
  ) as <T>(v: T) => T;
  global.window = global;
  global.self = global;
  global.setTimeout = setTimeout;
  global.clearTimeout = clearTimeout;
  global.setImmediate = setImmediate;
  global.navigator = {
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    language: 'vi-VN',
  };
  global.location = { href: 'https://localhost:3000/commands.html', search: '', hash: '' };
  Object.assign(global, extra);
  return {
    context,
    global,
    adopt: adoptFn,
    run: (code, filename) => vm.runInContext(code, context, { filename }),
  };
}
