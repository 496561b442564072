import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorsMarkdown } from '../../../scripts/gen-errors-doc';
import { Failure, failureSpecs } from '../../../src/core/failures';
import { unusableInputCodes } from '../../../src/hosts/xlsx/errors';

const params = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('docs/errors.md', () => {
  it('is what the failure catalogue says (run `npm run docs:errors` after changing it)', () => {
    expect(readFileSync(resolve(__dirname, '../../../docs/errors.md'), 'utf8')).toBe(
      errorsMarkdown(),
    );
  });
});

describe('the failure catalogue', () => {
  it('says every failure in both languages, with the same parameters, and what to do', () => {
    for (const spec of failureSpecs()) {
      expect([spec.id, spec.vi.trim(), spec.en.trim()]).not.toContain('');
      expect([spec.id, params(spec.vi)]).toEqual([spec.id, params(spec.en)]);
      expect(spec.todo.vi.length * spec.todo.en.length).toBeGreaterThan(0);
    }
  });

  it('keeps the codes programs already read (the CLI JSON, the ribbon outcome)', () => {
    const codes = new Set(failureSpecs().map((s) => s.code ?? s.id));
    for (const code of [
      ...unusableInputCodes(),
      'settings',
      'too-large',
      'folder',
      'no-access',
      'unreadable',
      'cannot-write-workbook',
      'internal',
      'InvalidOperationInCellEditMode',
      'SheetNameTaken',
      'InvalidPlanCell',
      'Unexpected',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('fills parameters per language and ends with the place in the workbook', () => {
    const f = new Failure(
      'excel-cell',
      {
        where: { vi: "tại trang 'A', ô B2", en: "at sheet 'A', cell B2" },
        problem: { vi: 'văn bản quá dài', en: 'text too long' },
      },
      { location: "'A'!B2" },
    );
    expect(f.code).toBe('InvalidPlanCell');
    expect(f.severity).toBe('internal');
    expect(f.vi).toBe("Không ghi được ô tại trang 'A', ô B2: văn bản quá dài. ('A'!B2)");
    expect(f.text('en')).toBe(
      "Cannot write the cell at sheet 'A', cell B2: text too long. ('A'!B2)",
    );
    expect(f.message).toBe(f.en);
  });
});
