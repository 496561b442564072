import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  resolveSettings,
  SETTING_KEYS,
  SettingsError,
  TABLE_CORRECTION_FIELDS,
} from '../../../src/core/settings';

/** A settings file or pane input is JSON: JSON.parse makes "__proto__" an own key. */
const json = (text: string): unknown => JSON.parse(text);

function refusal(input: unknown): SettingsError {
  try {
    resolveSettings(input);
  } catch (e) {
    if (e instanceof SettingsError) return e;
    throw new Error(`not a SettingsError: ${String(e)}`, { cause: e });
  }
  throw new Error('accepted');
}

describe('settings are a closed list of typed keys', () => {
  afterEach(() => {
    for (const name of ['outDir', 'polluted', 'x'])
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, name)).toBe(false);
  });

  it.each([
    '{"__proto__": {"outDir": "/tmp/x"}}',
    '{"__proto__": {"__proto__": {}}}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
    '{"meetings": {"__proto__": {"x": 1}}}',
    '{"meetings": {"constructor": 1}}',
    '{"toString": "x"}',
    '{"hasOwnProperty": 1}',
    '{"outDir": "/tmp/x"}',
    '{"tables": [{"sheet": "A", "__proto__": {"x": 1}}]}',
    '{"tables": [{"sheet": "A", "outDir": "/tmp"}]}',
    '{"pilots": [{"year": 2020, "unit": "x", "__proto__": {"x": 1}}]}',
  ])('refuses %s by name, building nothing', (text) => {
    const e = refusal(json(text));
    expect(e.messageEn).toMatch(/^(Unknown setting|Setting) /);
    expect(e.messageVi).not.toMatch(/\n/);
  });

  it('keeps what it accepts to the known fields, in new objects', () => {
    const s = resolveSettings(
      json(
        '{"pilots": [{"year": 2020, "unit": "Hòa Sơn"}], "tables": [{"sheet": "A", "kind": "ignore"}]}',
      ),
    );
    expect(s.pilots).toEqual([{ year: 2020, unit: 'Hòa Sơn' }]);
    expect(s.tables).toEqual([{ sheet: 'A', kind: 'ignore' }]);
  });

  it('refuses a wrong type or range, naming the setting', () => {
    expect(refusal({ meetings: { regularPerYear: 13 } }).messageEn).toBe(
      'Setting "meetings.regularPerYear" must be between 0 and 12 (it is 13).',
    );
    expect(refusal({ excellentCap: { base: 'all' } }).messageEn).toBe(
      'Setting "excellentCap.base" must be "good" or "goodAndAbove".',
    );
    expect(refusal({ lang: 3 }).messageEn).toBe('Setting "lang" must be "vi" or "en".');
    expect(refusal({ excellentCap: { members: 'yes' } }).messageEn).toBe(
      'Setting "excellentCap.members" must be true or false.',
    );
    expect(refusal({ scoreBands: { good: 95 } }).messageEn).toMatch(/must rise/);
  });

  it('holds every default setting in SETTING_KEYS, and nothing else', () => {
    const paths: string[] = [];
    const walk = (o: Record<string, unknown>, at: string) => {
      for (const [k, v] of Object.entries(o)) {
        const p = at ? `${at}.${k}` : k;
        if (Array.isArray(v)) continue;
        if (v && typeof v === 'object') walk(v as Record<string, unknown>, p);
        else paths.push(p);
      }
    };
    walk(DEFAULT_SETTINGS as unknown as Record<string, unknown>, '');
    expect(paths.sort()).toEqual([...SETTING_KEYS.keys()].sort());
    expect(Object.keys(TABLE_CORRECTION_FIELDS)).toEqual(['sheet', 'headerRow', 'kind', 'year']);
  });

  it('never throws anything but SettingsError and never touches Object.prototype', () => {
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'lang',
      'meetings',
      'tables',
      'pilots',
      'x',
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, 1, 'vi', true, 0.5),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(key, tie('v'), { maxKeys: 3 }),
      ),
    })).v;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 4 }), (input) => {
        const parsed = json(JSON.stringify(input));
        try {
          resolveSettings(parsed);
        } catch (e) {
          expect(e).toBeInstanceOf(SettingsError);
        }
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(
          Object.getOwnPropertyNames(Object.getPrototypeOf({})),
        );
      }),
      { numRuns: 300 },
    );
  });
});
