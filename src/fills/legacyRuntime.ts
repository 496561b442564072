/**
 * The few ES2019-2020 built-ins the engine uses that EdgeHTML 18 lacks. Excel 2019 on Windows
 * runs add-ins in that web view (ExcelApi 1.7 is Bảng Kiểm's floor), so without these the ribbon
 * command would fail there with "flatMap is not a function". Import this module first; it only
 * fills what is missing and changes nothing in a current browser.
 */

type GlobalObject = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

// Must come first: the rest of the bundle refers to globalThis by name.
if (typeof globalThis === 'undefined') {
  const g = (
    typeof self !== 'undefined' ? self : typeof window !== 'undefined' ? window : {}
  ) as GlobalObject;
  g.globalThis = g;
}

define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  const add = (items: unknown[], d: number) => {
    for (const item of items) {
      if (Array.isArray(item) && d > 0) add(item, d - 1);
      else out.push(item);
    }
  };
  add(this, Math.floor(Number(depth)) || 0);
  return out;
});

define(Array.prototype, 'flatMap', function flatMap<
  T,
  U,
>(this: T[], fn: (value: T, index: number, array: T[]) => U | U[], thisArg?: unknown): U[] {
  const out: U[] = [];
  this.forEach((value, index, array) => {
    const mapped = fn.call(thisArg, value, index, array);
    if (Array.isArray(mapped)) out.push(...mapped);
    else out.push(mapped);
  });
  return out;
});

define(
  Object,
  'fromEntries',
  function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
    const out: Record<PropertyKey, unknown> = {};
    // defineProperty, not assignment: a "__proto__" key must become an own property.
    for (const [key, value] of entries) {
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  },
);

define(String.prototype, 'matchAll', function* matchAll(this: string, re: RegExp) {
  if (!re.global) throw new TypeError('String.prototype.matchAll called with a non-global RegExp');
  const copy = new RegExp(re.source, re.flags);
  copy.lastIndex = re.lastIndex;
  const text = String(this);
  let m: RegExpExecArray | null;
  while ((m = copy.exec(text)) !== null) {
    yield m;
    if (m[0] === '') copy.lastIndex++;
  }
});

export {};
