/**
 * Issue #14's hostile workbooks (tests/helpers/hostile.ts), each through the whole job: what comes
 * of it (written, or refused while reading or writing with which code), its one-line message in
 * both languages, and, when a file is written, that every part of the original is in it byte for
 * byte. Time and memory bounds are not asserted here but in the system tier, where each case runs
 * in a child process with a 1 GB heap (bench/hostile.ts).
 */
import { strFromU8, unzipSync } from 'fflate';
import { lastColumn } from '../../../src/core/model/cells';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readWorkbookSettings } from '../../../src/core/plan/settingCells';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { UnusableInputError, unusableInputCodes } from '../../../src/hosts/xlsx/errors';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { partKey, readZipDirectory } from '../../../src/hosts/xlsx/read/zipDirectory';
import {
  HOSTILE_CASES,
  runHostileJob,
  SAMPLE,
  type HostileCase,
  type JobOutcome,
} from '../../helpers/hostile';
import { readFileSync } from 'node:fs';

/** Parts the writer edits in every run. */
const PLUMBING = new Set(
  [
    '[Content_Types].xml',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'docProps/app.xml',
  ].map(partKey),
);

const sample = new Uint8Array(readFileSync(SAMPLE));
const sampleSnapshot = readXlsx(sample);

function expectOneLine(e: UnusableInputError): void {
  for (const m of [e.messageVi, e.messageEn]) {
    expect(m).toMatch(/\S/);
    expect(m).not.toMatch(/[\n\r]/);
    // No stack frame, exception name or unprinted value leaks into the line.
    expect(m).not.toMatch(/\bat \S+ \(|\.ts:\d+|Error:|undefined|\[object/);
  }
  expect(e.messageVi).not.toBe(e.messageEn);
  expect(e.message).toBe(e.messageEn);
}

/** Every entry of the original is in the output with the same compressed bytes, CRC and method. */
function expectOriginalPartsKept(input: Uint8Array, output: Uint8Array, also: string[] = []): void {
  const before = readZipDirectory(input);
  const after = readZipDirectory(output);
  const skip = new Set([...PLUMBING, ...also.map(partKey)]);
  for (const [key, entry] of before) {
    if (skip.has(key)) continue;
    const kept = after.get(key);
    expect([entry.name, kept?.name]).toEqual([entry.name, entry.name]);
    const a = input.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const b = output.subarray(kept!.dataOffset, kept!.dataOffset + kept!.compressedSize);
    expect([entry.name, Buffer.compare(Buffer.from(a), Buffer.from(b))]).toEqual([entry.name, 0]);
    expect([entry.name, kept!.crc, kept!.method]).toEqual([entry.name, entry.crc, entry.method]);
  }
}

/** Cell values of every sheet, blanks left out, for comparing two reads of one workbook. */
function cells(snap: WorkbookSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of snap.sheets) {
    s.rows.forEach((row, r) => {
      if (!row) return;
      const cols = row.cols ?? row.v.map((_v, c) => c);
      for (const c of cols)
        if (row.v[c] !== null && row.v[c] !== undefined) out[`${s.name}!${r},${c}`] = row.v[c];
    });
  }
  return out;
}

const outcomes = new Map<string, { bytes: Uint8Array; outcome: JobOutcome }>();
function run(c: HostileCase) {
  let got = outcomes.get(c.id);
  if (!got) {
    const bytes = c.build();
    got = { bytes, outcome: runHostileJob(bytes) };
    outcomes.set(c.id, got);
  }
  return got;
}
const byId = (id: string) => HOSTILE_CASES.find((c) => c.id === id)!;

describe.each(HOSTILE_CASES)('hostile workbook $id ($about)', (c) => {
  it(
    c.readFails
      ? `is refused while reading: ${c.readFails}, one line in each language`
      : c.writeFails
        ? `is read and checked, then refused while writing: ${c.writeFails}, one line each`
        : 'is read, checked and written, keeping every original part byte for byte',
    () => {
      const { bytes, outcome } = run(c);
      if (c.readFails || c.writeFails) {
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect([outcome.stage, outcome.error.code]).toEqual(
          c.readFails ? ['read', c.readFails] : ['write', c.writeFails],
        );
        expectOneLine(outcome.error);
        if (c.writeFails) expect(outcome.report?.version).toBeDefined();
        return;
      }
      expect(
        outcome.ok ? 'written' : `${outcome.stage}: ${outcome.error.code} ${outcome.error.detail}`,
      ).toBe('written');
      if (!outcome.ok) return;
      expectOriginalPartsKept(bytes, outcome.written, c.alsoChanged);
      // The output reads back, with the owned sheets the run added.
      expect(readXlsx(outcome.written).sheets.filter((s) => s.owned).length).toBeGreaterThan(0);
    },
    120_000,
  );
});

describe('what the hostile workbooks must not do', () => {
  it('rows cost what they hold: a value in XFD makes a sparse row, not 16,384 slots', () => {
    const snap = readXlsx(byId('wide-rows').build());
    const sheet = snap.sheets.find((s) => s.name === 'Rộng')!;
    expect(sheet.rows).toHaveLength(150_000);
    for (const r of [0, 1, 74_999, 149_999]) {
      const row = sheet.rows[r]!;
      expect(row.cols).toEqual([0, 16383]);
      expect(row.v[0]).toBe(r + 1);
      expect(row.v[16383]).toBe(1);
      expect(row.v[5]).toBeUndefined();
      expect(Object.keys(row.v)).toEqual(['0', '16383']);
      expect(lastColumn(row)).toBe(16383);
    }
    // Nothing is lost: the same cells as a reading of every cell would give.
    expect(sheet.rows.reduce((n, row) => n + (row?.cols?.length ?? 0), 0)).toBe(300_000);
  });

  it('a setting from the workbook never becomes a property: forged keys are findings', () => {
    const { outcome } = run(byId('settings-forged'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    for (const name of ['outDir', 'f', 's', 'x']) {
      expect(({} as Record<string, unknown>)[name]).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, name)).toBe(false);
    }
    const unknown = outcome.report.issues.filter((f) => f.rule === 'setting.unknown-key');
    expect(unknown.map((f) => f.value)).toEqual([
      'bk:__proto__.outDir',
      'bk:__proto__.f',
      'bk:constructor.prototype.s',
      'bk:prototype.x',
      'bk:outDir',
      'bk:meetings.__proto__',
      'bk:unknown.key',
    ]);
    expect(unknown[0]!.cell).toBe('Z3');
    const invalid = outcome.report.issues.filter((f) => f.rule === 'setting.invalid-value');
    expect(invalid.map((f) => [f.cell, f.value])).toEqual([
      ['C9', 'mười hai'],
      ['C10', 7],
    ]);
    expect(invalid[1]!.messages.en).toContain('expected 0–1');
    // The valid one is taken; the others leave the defaults.
    expect(outcome.settings.meetings.attendanceMin).toBe(0.9);
    expect(outcome.settings.meetings.regularPerYear).toBe(DEFAULT_SETTINGS.meetings.regularPerYear);
    expect(outcome.settings.excellentCap.ratio).toBe(DEFAULT_SETTINGS.excellentCap.ratio);
    expect(Object.keys(outcome.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(Object.keys(outcome.settings.meetings).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS.meetings).sort(),
    );
  });

  it('reads a Strict, zip64, UTF-16, upper-case or backslash-named copy as the sample itself', () => {
    const want = cells(sampleSnapshot);
    for (const id of ['strict', 'zip64', 'utf16-plumbing', 'upper-case-names', 'backslash-names']) {
      expect([id, cells(readXlsx(byId(id).build()))]).toEqual([id, want]);
    }
  });

  it('writes edited UTF-16 parts back as UTF-8 that says so, and leaves the others as they were', () => {
    const { bytes, outcome } = run(byId('utf16-plumbing'));
    if (!outcome.ok) throw outcome.error;
    const out = unzipSync(outcome.written);
    for (const part of [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/styles.xml',
      'docProps/app.xml',
    ]) {
      const text = strFromU8(out[part]!);
      expect([part, text.slice(0, 5)]).toEqual([part, '<?xml']);
      expect(text).not.toMatch(/encoding="UTF-16"/i);
    }
    // Untouched: the UTF-16 shared strings and sheet, the UTF-16 root relationships.
    const input = unzipSync(bytes);
    for (const part of ['xl/sharedStrings.xml', 'xl/worksheets/sheet3.xml', '_rels/.rels']) {
      expect(Buffer.compare(Buffer.from(out[part]!), Buffer.from(input[part]!))).toBe(0);
    }
  });

  it('new parts of an upper-case or backslash-named file do not clash with the old ones', () => {
    for (const id of ['upper-case-names', 'backslash-names']) {
      const { outcome } = run(byId(id));
      if (!outcome.ok) throw outcome.error;
      const keys = [...readZipDirectory(outcome.written).keys()];
      expect(new Set(keys).size).toBe(keys.length);
      const again = runHostileJob(outcome.written);
      expect([id, again.ok]).toEqual([id, true]);
    }
  });

  it('a damaged entry is a damaged file, read or not by the reader: nothing is written', () => {
    const sheet = run(byId('crc-sheet')).outcome;
    expect(!sheet.ok && sheet.error.detail).toMatch(/sheet4\.xml: CRC/);
    const unread = run(byId('crc-unread-part')).outcome;
    expect(!unread.ok && unread.error.detail).toMatch(/core\.xml: CRC/);
  });

  it('a 38 MB cell is matched on its first 32,767 characters and reported once', () => {
    const { outcome } = run(byId('long-cell'));
    if (!outcome.ok) throw outcome.error;
    const long = outcome.report.issues.filter((f) => f.rule === 'value.text-too-long');
    expect(long.map((f) => [f.sheet, f.cell])).toEqual([['Dài 2020', 'A1']]);
    expect(long[0]!.messages.en).toMatch(
      /^\d+ cells hold more than 32767 characters \(A1: 38000000\)/,
    );
    for (const f of outcome.report.issues) {
      if (typeof f.value === 'string') expect(f.value.length).toBeLessThanOrEqual(32767);
    }
  });

  it('refuses a forbidden sheet name in one line naming the sheet', () => {
    const { outcome } = run(byId('sheet-name-forbidden'));
    expect(!outcome.ok && outcome.error.messageVi).toContain('“[Năm 2021]”');
  });

  it('every code has its own one-line message in both languages', () => {
    const vi = new Set<string>();
    for (const code of unusableInputCodes()) {
      const e = new UnusableInputError(code);
      expectOneLine(e);
      vi.add(e.messageVi);
    }
    expect(vi.size).toBe(unusableInputCodes().length);
  });

  it('workbook settings are a closed list: reading them builds nothing from the text', () => {
    const { settings, problems } = readWorkbookSettings(readXlsx(byId('settings-forged').build()));
    expect(problems).toHaveLength(9);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(JSON.stringify(settings)).not.toMatch(/outDir|__proto__|prototype/);
  });
});
