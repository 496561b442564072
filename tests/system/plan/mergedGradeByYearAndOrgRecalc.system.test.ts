import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';

/**
 * Grades typed once and merged down over several rows, in a list with a year column (one row per
 * unit and year, the year merged down too) and in a member list counted per organization (the
 * organization merged down over its members): once LibreOffice recalculates the written
 * formulas, they give the engine's counts, and follow an edit of a merged cell.
 */
describe('merged-down grades with a year column or per organization, recalculated', () => {
  const UNITS = ['Xã An', 'Xã Bình', 'Xã Cường', 'Xã Dũng', 'Xã Đông'];

  /** A row per unit and year, sorted by year; the year and runs of equal grades merged down. */
  async function longFormat(grade2020: string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp các năm');
    ws.getCell('A1').value = 'THEO DÕI KẾT QUẢ XẾP LOẠI TCCSĐ GIAI ĐOẠN 2019 - 2020';
    ws.getRow(3).values = ['STT', 'Năm', 'Tên TCCSĐ', 'Xếp loại', 'Ghi chú'];
    const grades: Record<number, string[]> = {
      2019: ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV'],
      2020: ['HTTNV', grade2020, grade2020, grade2020, 'KHTNV'],
    };
    let r = 4;
    for (const year of [2019, 2020]) {
      const first = r;
      UNITS.forEach((u, i) => {
        ws.getRow(r).values = [r - 3, i === 0 ? year : null, u, grades[year]![i]!, ''];
        r++;
      });
      ws.mergeCells(first, 2, r - 1, 2);
      // Units 2–4 share a grade: typed in the first, merged over the three.
      for (const k of [2, 3]) ws.getCell(first + k, 4).value = null;
      ws.mergeCells(first + 1, 4, first + 3, 4);
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  /** A row per unit and year, sorted by unit; one unit's grade merged over both its years. */
  async function longByUnit(carried: string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Du lieu');
    ws.getCell('A1').value = 'THEO DÕI KẾT QUẢ XẾP LOẠI TCCSĐ GIAI ĐOẠN 2019 - 2020';
    ws.getRow(3).values = ['STT', 'Tên TCCSĐ', 'Năm', 'Xếp loại', 'Ghi chú'];
    const grades = [
      ['HTXSNV', 'HTTNV'],
      [carried, carried],
      ['HTNV', 'HTTNV'],
      ['HTTNV', 'KHTNV'],
    ];
    let r = 4;
    grades.forEach((pair, i) => {
      pair.forEach((g, k) => {
        ws.getRow(r).values = [r - 3, UNITS[i]!, 2019 + k, g, ''];
        r++;
      });
    });
    // The second unit's grade typed once for both years (rows 6–7).
    ws.getCell('D7').value = null;
    ws.mergeCells('D6:D7');
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  /** A commune's members, their cell merged down over them, grades merged over equal runs. */
  async function memberList(merged: string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ĐV 2021');
    ws.getCell('A1').value = 'KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN ĐẢNG BỘ XÃ AN PHÚ NĂM 2021';
    ws.getRow(3).values = ['STT', 'Họ và tên', 'Năm sinh', 'Sinh hoạt tại chi bộ', 'Xếp loại'];
    const cells: [string, string[]][] = [
      ['Chi bộ thôn Đông', ['HTXSNV', merged, merged, merged, merged, 'HTNV']],
      ['Chi bộ thôn Tây', ['HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTNV']],
    ];
    const names = [
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
      'Hoàng Văn Em',
    ];
    let r = 4;
    for (const [cell, grades] of cells) {
      const first = r;
      grades.forEach((g, i) => {
        ws.getRow(r).values = [r - 3, `${names[i % names.length]!} ${r}`, 1970 + r, null, g];
        r++;
      });
      ws.getCell(first, 4).value = cell;
      ws.mergeCells(first, 4, r - 1, 4);
    }
    // Thôn Đông's second to fifth members share a grade typed in E5, merged over E5:E8.
    for (const row of [6, 7, 8]) ws.getCell(`E${row}`).value = null;
    ws.mergeCells('E5:E8');
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  function recalculated(bytes: Uint8Array, name: string) {
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const dir = convert(applyPlan(bytes, plan), name, 'xlsx');
    const out = readXlsx(fs.readFileSync(path.join(dir, `${name}.xlsx`)));
    const summary = out.sheets.find(
      (s) => s.name === plan.sheets.find((p) => p.key === 'summary')!.name,
    )!;
    return { check, summary };
  }

  const levels = ['excellent', 'good', 'pass', 'fail'] as const;

  /** Engine and written counts per year, from the summary's year lines. */
  function byYear(bytes: Uint8Array, name: string) {
    const { check, summary } = recalculated(bytes, name);
    const engine: Record<number, number[]> = {};
    for (const r of check.model.listRatings.values())
      if (r.year !== null) engine[r.year] = levels.map((l) => r.counts[l]);
    const written: Record<number, unknown[]> = {};
    for (const year of Object.keys(engine).map(Number)) {
      const row = summary.rows.find((x) => x?.v[0] === year)!;
      written[year] = [row.v[4], row.v[6], row.v[8], row.v[10]];
    }
    return { engine, written };
  }

  /** Engine and written excellent/good counts per organization, from the cap table. */
  function byOrganization(bytes: Uint8Array, name: string, orgs: string[]) {
    const { summary } = recalculated(bytes, name);
    return orgs.map((org) => {
      const row = summary.rows.find((x) => x?.v[2] === org)!;
      return [row.v[4], row.v[5]];
    });
  }

  it.each([
    ['HTTNV', [0, 4, 0, 1]],
    ['HTNV', [0, 1, 3, 1]],
  ])('a year column merged down, grades merged within a year (%s)', async (grade, counts2020) => {
    requireLibreOffice();
    const { engine, written } = byYear(await longFormat(grade), `long-merged-${grade}`);
    expect(engine[2019]).toEqual([1, 3, 1, 0]);
    expect(engine[2020]).toEqual(counts2020);
    expect(written).toEqual(engine);
  });

  it("a unit's grade merged over its two years counts in each year", async () => {
    requireLibreOffice();
    const { engine, written } = byYear(await longByUnit('HTNV'), 'long-by-unit');
    expect(engine[2019]).toEqual([1, 1, 2, 0]);
    expect(engine[2020]).toEqual([0, 2, 1, 1]);
    expect(written).toEqual(engine);
  });

  it.each([
    ['HTTNV', [1, 4]],
    ['HTXSNV', [5, 0]],
  ])(
    'members counted per organization, organization and grades merged down (%s)',
    async (grade, dong) => {
      requireLibreOffice();
      const orgs = ['Chi bộ thôn Đông', 'Chi bộ thôn Tây'];
      const written = byOrganization(await memberList(grade), `members-merged-${grade}`, orgs);
      expect(written).toEqual([dong, [2, 2]]);
    },
  );
});
