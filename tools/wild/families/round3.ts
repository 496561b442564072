/**
 * Round 3 of the independent layouts (issue #10): written, like rounds 1 and 2, from docs/, the
 * domain brief and tools/wild only, never from the engine. The 2025-on sheets (100-point scores,
 * the new communes after the July 2025 mergers, provincial lists), sheets split by kind of
 * organization, comparisons over the years, meeting logs and the quirks of exports and shared
 * workbooks (lookup formulas, filters, notes, text numbers, short grade spellings).
 */
import { Workbook } from 'exceljs';
import { tally, type DefectKey, type Family, type MeetingKey } from '../key';
import { defectsOf, plantRows, yearKeyOf, type ListRow } from '../plant';
import type { Rng } from '../../random';
import {
  addr,
  bodyCell,
  colLetter,
  headerRow,
  line,
  put,
  signatureBlock,
  titleBlock,
  widths,
} from '../sheetKit';
import {
  AGENCIES,
  communeCells,
  COMMUNES,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_FULL_2018,
  GRADE_FULL_OLD,
  gradeStyle,
  LEVELS,
  NEW_COMMUNES,
  randomLevel,
  VILLAGES,
  type Level,
} from '../vocabulary';

const SUBJECT = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG';

/** Quy định 366-QĐ/TW: the 100-point bands. */
function band(score: number): Level {
  return score >= 90 ? 'excellent' : score >= 70 ? 'good' : score >= 50 ? 'pass' : 'fail';
}

/** A score inside a level's band, in halves as boards score. */
function scoreIn(rng: Rng, level: Level): number {
  const bands: Record<Level, [number, number]> = {
    excellent: [90, 98],
    good: [70, 89],
    pass: [52, 69],
    fail: [35, 49],
  };
  const [lo, hi] = bands[level];
  return rng.int(lo, hi) + (rng.chance(0.3) && level !== 'excellent' ? 0.5 : 0);
}

/** A neighbouring level, for a grade typed against its score. */
function otherLevel(l: Level): Level {
  return l === 'excellent' ? 'good' : l === 'good' ? 'excellent' : l === 'pass' ? 'good' : 'pass';
}

/** The grade by formula, as staff write it so the grade follows the score. */
function ifFormula(ref: string): string {
  return `IF(${ref}>=90,"Hoàn thành xuất sắc nhiệm vụ",IF(${ref}>=70,"Hoàn thành tốt nhiệm vụ",IF(${ref}>=50,"Hoàn thành nhiệm vụ","Không hoàn thành nhiệm vụ")))`;
}

/** The post-2025 communes' organizations: the commune committees, wards and provincial blocs. */
function provinceOrganizations(rng: Rng, n: number): string[] {
  const wards = ['Tam Thanh', 'Lương Văn Tri', 'Đông Kinh', 'Kỳ Lừa'].map(
    (w) => `Đảng bộ phường ${w}`,
  );
  const communes = rng.shuffle(NEW_COMMUNES).map((c) => `Đảng bộ xã ${c}`);
  const blocs = [
    'Đảng bộ các cơ quan Đảng tỉnh',
    'Đảng bộ Ủy ban nhân dân tỉnh',
    'Đảng bộ Công an tỉnh',
    'Đảng bộ Quân sự tỉnh',
    'Đảng bộ Bộ đội Biên phòng tỉnh',
  ];
  return [...wards, ...communes.slice(0, Math.max(2, n - wards.length - blocs.length)), ...blocs];
}

/** 2025 sheet: four criteria sub-scores, "Điểm cộng" and "Điểm trừ" into a total; the grade by =IF or typed. */
const scoreCriteria2025: Family = {
  name: 'score-criteria-2025',
  about:
    '2025 sheet: "Điểm theo tiêu chí" merged over four criteria, "Điểm cộng", "Điểm trừ", "Tổng điểm" =SUM(..)+G-H, grade by =IF(...) or typed; a "(1) (2) …" row under the header',
  make(rng) {
    const year = 2025;
    const wb = new Workbook();
    const sheet = rng.pick(['Chấm điểm 2025', 'Năm 2025', 'Điểm TCCSĐ']);
    const ws = wb.addWorksheet(sheet);
    const byFormula = rng.chance(0.6);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 10,
      signedYear: 2026,
    });
    const crit = rng.chance(0.5)
      ? [
          'Tiêu chí 1 (30 điểm)',
          'Tiêu chí 2 (30 điểm)',
          'Tiêu chí 3 (20 điểm)',
          'Tiêu chí 4 (20 điểm)',
        ]
      : [
          'Chính trị, tư tưởng (30đ)',
          'Tổ chức, cán bộ (30đ)',
          'Kiểm tra, giám sát (20đ)',
          'Lãnh đạo nhiệm vụ chính trị (20đ)',
        ];
    headerRow(ws, r, 1, [
      'STT',
      'Tên tổ chức cơ sở đảng',
      'Điểm theo tiêu chí',
      null,
      null,
      null,
      'Điểm cộng',
      'Điểm trừ',
      'Tổng điểm',
      'Xếp loại',
    ]);
    ws.mergeCells(r, 3, r, 6);
    headerRow(ws, r + 1, 1, [null, null, ...crit]);
    for (const c of [1, 2, 7, 8, 9, 10]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    if (rng.chance(0.6)) {
      const numbered = rng.chance(0.5);
      headerRow(
        ws,
        r++,
        1,
        Array.from({ length: 10 }, (_, i) =>
          numbered ? i + 1 : i === 8 ? '(9)=(3)+…+(6)+(7)-(8)' : `(${i + 1})`,
        ),
      );
    }
    const names = [
      ...rng.sample(NEW_COMMUNES, rng.int(6, 10)).map((c) => `Đảng bộ xã ${c}`),
      ...rng.sample(AGENCIES, rng.int(2, 5)),
    ];
    const mismatchAt = rng.chance(0.6) ? rng.int(0, names.length - 1) : -1;
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    names.forEach((name, i) => {
      const target = randomLevel(rng);
      const total = scoreIn(rng, target);
      const plus = rng.chance(0.3) ? rng.pick([1, 2, 3]) : 0;
      const minus = rng.chance(0.2) ? rng.pick([1, 2]) : 0;
      // Spread the base over the criteria within their maxima (30/30/20/20).
      let base = total - plus + minus;
      const maxima = [30, 30, 20, 20];
      const parts = maxima.map((m) => {
        const share = Math.min(m, Math.round(((base * m) / 100) * 2) / 2);
        return share;
      });
      let rest = base - parts.reduce((a, b) => a + b, 0);
      for (let k = 0; k < 4 && rest !== 0; k++) {
        const room =
          rest > 0 ? (maxima[k] as number) - (parts[k] as number) : -(parts[k] as number);
        const step = rest > 0 ? Math.min(rest, room) : Math.max(rest, room);
        parts[k] = (parts[k] as number) + step;
        rest -= step;
      }
      base = parts.reduce((a, b) => a + b, 0);
      const score = base + plus - minus;
      let level = band(score);
      const typedWrong = i === mismatchAt;
      if (typedWrong) level = otherLevel(level);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, name);
      parts.forEach((p, k) => bodyCell(ws, r, 3 + k, p));
      bodyCell(ws, r, 7, plus || null);
      bodyCell(ws, r, 8, minus || null);
      bodyCell(ws, r, 9, { formula: `SUM(C${r}:F${r})+G${r}-H${r}`, result: score });
      if (byFormula && !typedWrong)
        bodyCell(ws, r, 10, { formula: ifFormula(`I${r}`), result: GRADE_FULL_2018[level] });
      else bodyCell(ws, r, 10, byFormula ? GRADE_FULL_2018[level] : style[level]);
      if (typedWrong)
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, 10),
          what: `score ${score} typed ${level}`,
        });
      levels.push(level);
      r++;
    });
    signatureBlock(ws, rng, r, 10, 2026);
    widths(ws, [5, 34, 10, 10, 10, 10, 8, 8, 9, 30]);
    return {
      workbook: wb,
      key: {
        family: 'score-criteria-2025',
        variant: byFormula ? 'grade-by-if' : 'grade-typed',
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Scores at three levels (the unit, the board that appraises, the committee that decides); the last one grades. */
const threeLevelScores: Family = {
  name: 'three-level-scores',
  about:
    '2025 provincial sheet: "Tự chấm" / "Ban Tổ chức thẩm định" / "BTV Tỉnh ủy quyết định" scores; the grade follows the last, which often differs',
  make(rng) {
    const year = 2025;
    const wb = new Workbook();
    const sheet = rng.pick(['Tổng hợp điểm 2025', 'Điểm 3 cấp', '2025']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÁC ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY',
      width: 7,
      signedYear: 2026,
    });
    const labels = rng.pick([
      ['Điểm tự chấm', 'Điểm Ban Tổ chức Tỉnh ủy thẩm định', 'Điểm BTV Tỉnh ủy quyết định'],
      ['Tự chấm', 'Thẩm định', 'BTV Tỉnh ủy kết luận'],
      ['Đảng bộ tự chấm', 'Đảng ủy cấp trên chấm', 'Tỉnh ủy chấm'],
    ]);
    headerRow(ws, r, 1, ['STT', 'Tên đảng bộ', 'Điểm', null, null, 'Xếp loại', 'Ghi chú']);
    ws.mergeCells(r, 3, r, 5);
    headerRow(ws, r + 1, 1, [null, null, ...labels]);
    for (const c of [1, 2, 6, 7]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const names = provinceOrganizations(rng, rng.int(10, 16));
    const mismatchAt = rng.chance(0.6) ? rng.int(0, names.length - 1) : -1;
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    names.forEach((name, i) => {
      const final = scoreIn(rng, randomLevel(rng));
      // The appraisal often sits a band above the final decision; the unit's own score higher still.
      const appraised = Math.min(99, final + rng.pick([0, 0, 2, 5, 8]));
      const own = Math.min(100, appraised + rng.pick([0, 1, 3, 6]));
      let level = band(final);
      if (i === mismatchAt) {
        // Typed after the unit's own score, not the decision.
        level = band(own) !== level ? band(own) : otherLevel(level);
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, 6),
          what: `final ${final} typed ${level}`,
        });
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, name);
      bodyCell(ws, r, 3, own);
      bodyCell(ws, r, 4, appraised);
      bodyCell(ws, r, 5, final);
      bodyCell(ws, r, 6, style[level]);
      bodyCell(ws, r, 7, band(appraised) !== band(final) ? 'BTV hạ 1 bậc so với thẩm định' : '');
      levels.push(level);
      r++;
    });
    widths(ws, [5, 38, 10, 12, 12, 30, 24]);
    return {
      workbook: wb,
      key: {
        family: 'three-level-scores',
        variant: labels[0] as string,
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A new commune's cells after the merger: the old commune named in the cell's name or a column of its own. */
const mergedCommunes2025: Family = {
  name: 'merged-communes-2025',
  about:
    'a new (merged) commune\'s cells, "Chi bộ thôn X (xã Y cũ)" or a "Xã cũ" column; the same village name under two old communes',
  make(rng) {
    const year = rng.pick([2025, 2025, 2026]);
    const commune = rng.pick(NEW_COMMUNES);
    const olds = rng.sample(COMMUNES, rng.int(2, 3));
    const inName = rng.chance(0.5);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL chi bộ ${year}`, `Xã ${commune}`]);
    const ws = wb.addWorksheet(sheet);
    let r = 1;
    line(ws, r++, 1, 5, `ĐẢNG BỘ XÃ ${commune.toUpperCase()}`, { bold: true });
    r++;
    line(ws, r++, 1, 5, `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁC CHI BỘ TRỰC THUỘC NĂM ${year}`, {
      bold: true,
    });
    line(
      ws,
      r++,
      1,
      5,
      `(Đảng bộ xã ${commune} được thành lập trên cơ sở hợp nhất ${olds.map((o) => `xã ${o}`).join(', ')})`,
      {
        italic: true,
      },
    );
    r++;
    headerRow(
      ws,
      r++,
      1,
      inName
        ? ['STT', 'Tên chi bộ', 'Số đảng viên', 'Xếp loại', 'Ghi chú']
        : [
            'STT',
            'Tên chi bộ',
            rng.pick(['Xã cũ', 'Thuộc xã (cũ)', 'Địa bàn cũ']),
            'Xếp loại',
            'Ghi chú',
          ],
    );
    const shared = rng.sample(VILLAGES, 2);
    // The name of a row is "name|old commune" until it is written.
    const units: string[] = [
      'Chi bộ Cơ quan Đảng ủy xã|',
      'Chi bộ Công an xã|',
      'Chi bộ Quân sự xã|',
    ];
    for (const o of olds) {
      const own = rng.sample(
        VILLAGES.filter((v) => !shared.includes(v)),
        rng.int(2, 4),
      );
      for (const v of [...shared, ...own]) units.push(`Chi bộ thôn ${v}|${o}`);
      units.push(`Chi bộ Trường THCS ${o}|${o}`);
    }
    const uniq = [...new Set(units)];
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, uniq, style, { duplicate: 0.5, unknown: 0.3, blank: 0.2 });
    const at: number[] = [];
    rows.forEach((x, i) => {
      const [name, old] = x.name.split('|') as [string, string];
      bodyCell(ws, r, 1, i + 1);
      if (inName) {
        bodyCell(ws, r, 2, old ? `${name} (xã ${old} cũ)` : name);
        bodyCell(ws, r, 3, rng.int(8, 60));
      } else {
        bodyCell(ws, r, 2, name);
        bodyCell(ws, r, 3, old || '');
      }
      bodyCell(ws, r, 4, x.text);
      bodyCell(ws, r, 5, '');
      at.push(r++);
    });
    widths(ws, [5, 40, 14, 30, 14]);
    return {
      workbook: wb,
      key: {
        family: 'merged-communes-2025',
        variant: inName ? 'old-in-name' : 'old-column',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A province's list: wards, communes and provincial blocs under group rows, with their cell and member counts. */
const provinceCommittees: Family = {
  name: 'province-committees',
  about:
    'provincial list: "I. ĐẢNG BỘ XÃ, PHƯỜNG" / "II. ĐẢNG BỘ TRỰC THUỘC" group rows, "Số chi bộ trực thuộc" and "Số đảng viên" counts beside the grade, a "Tổng cộng" of SUMs',
  make(rng) {
    const year = rng.pick([2025, 2025, 2024]);
    const wb = new Workbook();
    const sheet = rng.pick([`Tỉnh ủy ${year}`, `XL ${year}`, 'TCCSĐ trực thuộc']);
    const ws = wb.addWorksheet(sheet);
    let r = 1;
    line(ws, r, 1, 3, 'TỈNH ỦY LẠNG SƠN', { bold: true });
    line(ws, r++, 4, 6, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true });
    line(ws, r, 1, 3, 'BAN TỔ CHỨC');
    line(ws, r++, 4, 6, `Lạng Sơn, ngày ${rng.int(5, 28)} tháng 01 năm ${year + 1}`, {
      italic: true,
    });
    r++;
    line(
      ws,
      r++,
      1,
      6,
      `KẾT QUẢ XẾP LOẠI CÁC ĐẢNG BỘ, CHI BỘ CƠ SỞ TRỰC THUỘC TỈNH ỦY NĂM ${year}`,
      { bold: true },
    );
    r++;
    headerRow(ws, r++, 1, [
      'STT',
      'Tên đảng bộ',
      rng.pick(['Số chi bộ trực thuộc', 'Số TCĐ trực thuộc']),
      rng.pick(['Số đảng viên', 'Tổng số ĐV']),
      rng.pick(['Xếp loại', 'Kết quả xếp loại', 'Mức xếp loại']),
      'Ghi chú',
    ]);
    const all = provinceOrganizations(rng, rng.int(12, 18));
    const style = gradeStyle(rng, year);
    const groups: [string, string[]][] = [
      ['I. ĐẢNG BỘ XÃ, PHƯỜNG', all.filter((n) => /xã|phường/.test(n))],
      ['II. ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY', all.filter((n) => !/xã|phường/.test(n))],
    ];
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    let cells = 0;
    let members = 0;
    const first = r;
    for (const [label, names] of groups) {
      put(ws, r, 1, label, { bold: true, border: true });
      ws.mergeCells(r, 1, r, 6);
      r++;
      const rows = plantRows(rng, names, style, { unknown: 0.25, blank: 0.25 });
      const at: number[] = [];
      rows.forEach((x, i) => {
        const c = rng.int(8, 45);
        const m = c * rng.int(12, 30);
        cells += c;
        members += m;
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(ws, r, 3, c);
        bodyCell(ws, r, 4, m);
        bodyCell(ws, r, 5, x.text);
        bodyCell(
          ws,
          r,
          6,
          x.level === 'excellent' && rng.chance(0.5) ? 'Đề nghị tặng Bằng khen' : '',
        );
        at.push(r++);
      });
      defects.push(...defectsOf(sheet, rows, at, 'E', 'B'));
      levels.push(...rows.map((x) => x.level));
    }
    bodyCell(ws, r, 2, 'Tổng cộng');
    bodyCell(ws, r, 3, { formula: `SUM(C${first}:C${r - 1})`, result: cells });
    bodyCell(ws, r, 4, { formula: `SUM(D${first}:D${r - 1})`, result: members });
    r++;
    signatureBlock(ws, rng, r, 6, year + 1);
    widths(ws, [5, 38, 12, 12, 30, 22]);
    return {
      workbook: wb,
      key: {
        family: 'province-committees',
        variant: String(year),
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A sheet per kind of organization and a "Tổng hợp" of COUNTIFs over them; one kind's total typed wrong. */
const splitByKind: Family = {
  name: 'split-by-kind',
  about:
    'lists split into sheets by kind ("Xã, thị trấn", "Cơ quan", "Doanh nghiệp", "LLVT") and a "Tổng hợp" of COUNTA/COUNTIF over them with a "Cộng" row; one kind\'s total typed wrong',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const summaryFirst = rng.chance(0.5);
    const sum = summaryFirst ? wb.addWorksheet('Tổng hợp') : null;
    const orgs = districtOrganizations(rng, rng.int(22, 34));
    const kinds: [string, string, string[]][] = [
      // By the name's head: "Chi bộ Bảo hiểm xã hội huyện" is an agency, not a commune.
      [
        'Xã, thị trấn',
        'ĐẢNG BỘ XÃ, THỊ TRẤN',
        orgs.filter((n) => /^Đảng bộ (xã|thị trấn) /.test(n)),
      ],
      [
        'Cơ quan',
        'CHI BỘ CƠ QUAN, ĐƠN VỊ SỰ NGHIỆP',
        orgs.filter((n) => n.startsWith('Chi bộ') && !/Công ty|Agribank|Điện lực/.test(n)),
      ],
      [
        'Doanh nghiệp',
        'CHI BỘ DOANH NGHIỆP',
        orgs.filter((n) => /Công ty|Agribank|Điện lực/.test(n)),
      ],
      ['LLVT', 'ĐẢNG BỘ QUÂN SỰ, CÔNG AN', orgs.filter((n) => /Công an|Quân sự/.test(n))],
    ];
    const style = gradeStyle(rng, year);
    const made = kinds
      .filter(([, , names]) => names.length > 0)
      .map(([sheet, title, names]) => {
        const ws = wb.addWorksheet(sheet);
        line(ws, 1, 1, 3, `${SUBJECT} - KHỐI ${title} NĂM ${year}`, { bold: true });
        headerRow(ws, 3, 1, ['STT', 'Tên TCCSĐ', 'Xếp loại']);
        const levels = names.map(() => randomLevel(rng));
        levels.forEach((l, i) => {
          bodyCell(ws, 4 + i, 1, i + 1);
          bodyCell(ws, 4 + i, 2, names[i] as string);
          bodyCell(ws, 4 + i, 3, style[l]);
        });
        widths(ws, [5, 44, 30]);
        return { sheet, last: 3 + names.length, levels };
      });
    const ws = sum ?? wb.addWorksheet('Tổng hợp');
    line(ws, 1, 1, 7, `TỔNG HỢP ${SUBJECT} NĂM ${year}`, { bold: true });
    line(ws, 2, 1, 7, '(Theo loại hình tổ chức cơ sở đảng)', { italic: true });
    headerRow(ws, 4, 1, ['STT', 'Loại hình', 'Tổng số', ...LEVELS.map((l) => GRADE_ABBR_2018[l])]);
    const wrong = rng.chance(0.6) ? rng.int(0, made.length - 1) : -1;
    const defects: DefectKey[] = [];
    let totalAll = 0;
    made.forEach((m, i) => {
      const row = 5 + i;
      const ref = `'${m.sheet}'!C4:C${m.last}`;
      bodyCell(ws, row, 1, i + 1);
      bodyCell(ws, row, 2, m.sheet);
      const n = m.levels.length + (i === wrong ? 1 : 0);
      totalAll += n;
      if (i === wrong) {
        bodyCell(ws, row, 3, n);
        defects.push({
          rule: 'total.mismatch',
          sheet: 'Tổng hợp',
          row,
          cell: addr(row, 3),
          what: 'total +1',
        });
      } else bodyCell(ws, row, 3, { formula: `COUNTA(${ref})`, result: n });
      LEVELS.forEach((l, k) =>
        bodyCell(ws, row, 4 + k, {
          formula: `COUNTIF(${ref},"${style[l]}")`,
          result: m.levels.filter((x) => x === l).length,
        }),
      );
    });
    const cr = 5 + made.length;
    bodyCell(ws, cr, 2, 'Cộng');
    bodyCell(ws, cr, 3, { formula: `SUM(C5:C${cr - 1})`, result: totalAll });
    LEVELS.forEach((l, k) => {
      const col = colLetter(4 + k);
      bodyCell(ws, cr, 4 + k, {
        formula: `SUM(${col}5:${col}${cr - 1})`,
        result: made.reduce((a, m) => a + m.levels.filter((x) => x === l).length, 0),
      });
    });
    if (wrong >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet: 'Tổng hợp',
        row: cr,
        cell: addr(cr, 3),
        what: 'sum of a wrong total',
      });
    widths(ws, [5, 20, 9, 9, 9, 9, 9]);
    return {
      workbook: wb,
      key: {
        family: 'split-by-kind',
        variant: summaryFirst ? 'summary-first' : 'summary-last',
        years: [
          tally(
            year,
            made.flatMap((m) => m.levels),
          ),
        ],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

const PILOTS: Record<number, string> = {
  2017: 'Hòa Sơn',
  2018: 'Hòa Bình',
  2019: 'Yên Thịnh',
  2020: 'Thiện Tân',
  2021: 'Đồng Tiến',
};

/** Grades of 2017…2021 under a merged "Kết quả xếp loại qua các năm", pilot units marked "x". */
const yearsComparePilot: Family = {
  name: 'years-compare-pilot',
  about:
    'grades of 2017…2021 as columns under a merged "Kết quả xếp loại qua các năm" (2017 on the old scheme), and an "Đơn vị điểm" column of "x" (before or after the years)',
  make(rng) {
    const years = [2017, 2018, 2019, 2020, 2021];
    const wb = new Workbook();
    const sheet = rng.pick(['Qua các năm', 'So sánh 2017-2021', 'Tổng hợp 5 năm']);
    const ws = wb.addWorksheet(sheet);
    const pilotFirst = rng.chance(0.5);
    const bare = rng.chance(0.5);
    line(ws, 1, 1, 9, 'HUYỆN ỦY HỮU LŨNG', { bold: true });
    line(
      ws,
      2,
      1,
      9,
      'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2017 - 2021 VÀ CÁC ĐƠN VỊ ĐIỂM',
      { bold: true },
    );
    const h = 4;
    const pilotLabel = rng.pick(['Đơn vị điểm', 'Đơn vị chỉ đạo điểm', 'ĐV điểm']);
    const yc = pilotFirst ? 4 : 3;
    const pc = pilotFirst ? 3 : 8;
    const top: (string | null)[] = [
      'STT',
      'Tên tổ chức cơ sở đảng',
      null,
      null,
      null,
      null,
      null,
      null,
      'Ghi chú',
    ];
    top[pc - 1] = pilotLabel;
    top[yc - 1] = 'Kết quả xếp loại qua các năm';
    headerRow(ws, h, 1, top);
    ws.mergeCells(h, yc, h, yc + 4);
    headerRow(
      ws,
      h + 1,
      yc,
      years.map((y) => (bare ? y : `Năm ${y}`)),
    );
    for (const c of [1, 2, pc, 9]) ws.mergeCells(h, c, h + 1, c);
    const names = districtOrganizations(rng, rng.int(14, 26));
    for (const p of Object.values(PILOTS))
      if (!names.includes(`Đảng bộ xã ${p}`))
        names.splice(rng.int(0, names.length), 0, `Đảng bộ xã ${p}`);
    const styleOld = rng.chance(0.5) ? GRADE_FULL_OLD : { ...GRADE_FULL_OLD, excellent: 'TSVM' };
    const styleNew = gradeStyle(rng, 2018);
    const grades = years.map(() => names.map(() => randomLevel(rng) as Level | null));
    const defects: DefectKey[] = [];
    const unknownAt = rng.chance(0.6) ? [rng.int(0, 4), rng.int(0, names.length - 1)] : null;
    names.forEach((name, i) => {
      const row = h + 2 + i;
      bodyCell(ws, row, 1, i + 1);
      bodyCell(ws, row, 2, name);
      const pilotYear = Object.entries(PILOTS).find(([, p]) => name === `Đảng bộ xã ${p}`)?.[0];
      bodyCell(ws, row, pc, pilotYear ? rng.pick(['x', 'X']) : null);
      years.forEach((y, k) => {
        const g = grades[k] as (Level | null)[];
        if (unknownAt && unknownAt[0] === k && unknownAt[1] === i) {
          g[i] = null;
          bodyCell(ws, row, yc + k, y < 2018 ? 'Khá' : 'Trung bình');
          defects.push({
            rule: 'grade.unknown',
            sheet,
            row,
            cell: addr(row, yc + k),
            what: `${y} not a grade`,
          });
          return;
        }
        const l = g[i] as Level;
        bodyCell(ws, row, yc + k, y < 2018 ? styleOld[l] : styleNew[l]);
      });
      bodyCell(ws, row, 9, pilotYear ? `Đơn vị điểm năm ${pilotYear}` : '');
    });
    widths(ws, [5, 36, 9, 16, 16, 16, 16, 16, 20]);
    return {
      workbook: wb,
      key: {
        family: 'years-compare-pilot',
        variant: `${pilotFirst ? 'pilot-before' : 'pilot-after'}${bare ? ', bare years' : ''}`,
        years: years.map((y, k) => tally(y, grades[k] as (Level | null)[])),
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

const TOPICS = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Công tác phát triển đảng viên',
  'Xây dựng nông thôn mới',
  'Công tác dân vận ở cơ sở',
  'Phòng, chống tham nhũng, lãng phí',
  'Nâng cao chất lượng sinh hoạt chi bộ',
];

/** A meeting log: one row per meeting of each cell, in date order, with a result column. */
const meetingLog: Family = {
  name: 'meeting-log',
  about:
    'one row per meeting: date (text "dd/mm/yyyy" or a date), cell, "Thường kỳ"/"Chuyên đề", topic, attending, members, result "Đạt"/"Tốt"; in date order',
  make(rng) {
    const year = rng.int(2021, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Nhật ký SH ${year}`, 'Sổ ghi buổi SH', `Bien ban ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const [regularWord, thematicWord] = rng.pick([
      ['Thường kỳ', 'Chuyên đề'],
      ['SH thường kỳ', 'SH chuyên đề'],
      ['thường kỳ', 'chuyên đề'],
    ] as const);
    const textDates = rng.chance(0.5);
    line(ws, 1, 1, 8, `SỔ THEO DÕI CÁC BUỔI SINH HOẠT CHI BỘ NĂM ${year}`, { bold: true });
    line(ws, 2, 1, 8, `Đảng bộ xã ${rng.pick(COMMUNES)}`, { italic: true });
    headerRow(ws, 4, 1, [
      'STT',
      'Ngày sinh hoạt',
      'Chi bộ',
      'Hình thức',
      'Nội dung',
      'Số ĐV dự',
      'Tổng số ĐV',
      'Kết quả',
    ]);
    const cells = communeCells(rng, rng.int(3, 5));
    const members = cells.map(() => rng.int(10, 35));
    const short = rng.chance(0.6) ? rng.int(0, cells.length - 1) : -1;
    const shortMonth = rng.int(2, 11);
    const noTh = rng.chance(0.5) ? rng.int(0, cells.length - 1) : -1;
    const noThQ = rng.int(0, 3);
    type Meeting = { day: Date; cell: number; thematic: boolean };
    const list: Meeting[] = [];
    cells.forEach((_, c) => {
      for (let m = 0; m < 12; m++) {
        if (c === short && m === shortMonth - 1) continue;
        // Everyone meets in the first days of January and late December: the log covers the year.
        const d = m === 0 ? rng.int(3, 8) : m === 11 ? rng.int(20, 28) : rng.int(3, 25);
        list.push({ day: new Date(Date.UTC(year, m, d)), cell: c, thematic: false });
      }
      for (let q = 0; q < 4; q++) {
        if (c === noTh && q === noThQ) continue;
        const m = q * 3 + rng.int(0, 2);
        list.push({ day: new Date(Date.UTC(year, m, rng.int(10, 26))), cell: c, thematic: true });
      }
    });
    list.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
    const firstRow = new Map<number, number>();
    list.forEach((mt, i) => {
      const row = 5 + i;
      if (!firstRow.has(mt.cell)) firstRow.set(mt.cell, row);
      const mem = members[mt.cell] as number;
      const d = mt.day;
      const dd = String(d.getUTCDate()).padStart(2, '0');
      const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
      bodyCell(ws, row, 1, i + 1);
      bodyCell(ws, row, 2, textDates ? `${dd}/${mm}/${year}` : d);
      if (!textDates) ws.getCell(row, 2).numFmt = 'dd/mm/yyyy';
      bodyCell(ws, row, 3, cells[mt.cell] as string);
      bodyCell(ws, row, 4, mt.thematic ? thematicWord : regularWord);
      bodyCell(
        ws,
        row,
        5,
        mt.thematic ? rng.pick(TOPICS) : `Sinh hoạt thường kỳ tháng ${d.getUTCMonth() + 1}`,
      );
      bodyCell(ws, row, 6, rng.int(Math.ceil(mem * 0.9), mem));
      bodyCell(ws, row, 7, mem);
      bodyCell(ws, row, 8, rng.pick(['Đạt', 'Đạt', 'Tốt']));
    });
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    cells.forEach((_, c) => {
      const row = firstRow.get(c) as number;
      const regular = c === short ? 11 : 12;
      meetings.push({ sheet, row, year, regular, compliant: regular === 12 && c !== noTh });
      // A log's gap has no row of its own: a checker points at the cell's last meeting before it,
      // where a reader looking for the missing month would look.
      const lastBefore = (month: number) => {
        const limit = Date.UTC(year, month - 1, 1);
        let at = row;
        list.forEach((mt, i) => {
          if (mt.cell === c && mt.day.getTime() < limit) at = 5 + i;
        });
        return at;
      };
      if (c === short)
        defects.push({
          rule: 'meeting.regular-short',
          sheet,
          row: lastBefore(shortMonth),
          what: `11 regular, month ${shortMonth} missing`,
        });
      if (c === noTh)
        defects.push({
          rule: 'meeting.thematic-short',
          sheet,
          row: lastBefore((noThQ + 1) * 3 + 1),
          what: `no thematic in Q${noThQ + 1}`,
        });
    });
    widths(ws, [5, 12, 28, 12, 40, 8, 8, 8]);
    return {
      workbook: wb,
      key: {
        family: 'meeting-log',
        variant: `${textDates ? 'text dates' : 'dates'}, ${regularWord}`,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** A register of yearly counts typed "12/12" or "11 buổi", each quarter's thematic meeting named by its topic. */
const registerCountTopics: Family = {
  name: 'register-count-topics',
  about:
    'a register with the regular meetings as one typed count ("12/12", "11 buổi", 12) and each quarter holding the thematic meeting\'s topic (blank if none)',
  make(rng) {
    const year = rng.int(2020, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`SH chi bộ ${year}`, `Tổng hợp SH ${year}`, 'SHCB']);
    const ws = wb.addWorksheet(sheet);
    const form = rng.pick(['slash', 'buoi', 'number'] as const);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ SINH HOẠT CHI BỘ',
      width: 8,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      rng.pick(['Sinh hoạt thường kỳ (số buổi)', 'Số buổi SH thường kỳ', 'SH thường kỳ']),
      'Sinh hoạt chuyên đề',
      null,
      null,
      null,
      'Đánh giá',
    ]);
    ws.mergeCells(r, 4, r, 7);
    headerRow(ws, r + 1, 4, ['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
    for (const c of [1, 2, 3, 8]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const cells = communeCells(rng, rng.int(6, 12));
    const short = rng.chance(0.6) ? rng.int(0, cells.length - 1) : -1;
    const noTh = rng.chance(0.5) ? rng.int(0, cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    cells.forEach((c, i) => {
      const regular = i === short ? rng.int(9, 11) : 12;
      const quarters = [true, true, true, true];
      if (i === noTh) quarters[rng.int(0, 3)] = false;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c);
      bodyCell(
        ws,
        r,
        3,
        form === 'slash' ? `${regular}/12` : form === 'buoi' ? `${regular} buổi` : regular,
      );
      quarters.forEach((q, k) => bodyCell(ws, r, 4 + k, q ? rng.pick(TOPICS) : null));
      const compliant = regular >= 12 && quarters.every(Boolean);
      bodyCell(ws, r, 8, compliant ? 'Đạt' : 'Chưa đạt');
      meetings.push({ sheet, row: r, year, regular, compliant });
      if (i === short)
        defects.push({ rule: 'meeting.regular-short', sheet, row: r, what: `${regular} regular` });
      if (i === noTh)
        defects.push({
          rule: 'meeting.thematic-short',
          sheet,
          row: r,
          what: 'a quarter without topic',
        });
      r++;
    });
    widths(ws, [5, 28, 14, 26, 26, 26, 26, 10]);
    return {
      workbook: wb,
      key: {
        family: 'register-count-topics',
        variant: form,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

const SURNAMES = ['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Hà', 'Lăng', 'Chu', 'Triệu', 'Đinh', 'Lê'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quang'];
const GIVEN = [
  'Hùng',
  'Lan',
  'Minh',
  'Hoa',
  'Tuấn',
  'Dũng',
  'Hương',
  'Thắng',
  'Nga',
  'Sơn',
  'Thảo',
  'Phúc',
];

/** A member's name not yet used on the sheet (namesakes are round 1's member-list). */
function uniqueName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** Members graded per cell, some exempt ("Miễn đánh giá"), kept within the 20% rule per cell. */
const memberExempt: Family = {
  name: 'member-exempt',
  about:
    'members graded in a commune, grouped by cell (column or group rows), some "Miễn đánh giá" (old age), excellent within 20% of good per cell',
  make(rng) {
    const year = rng.int(2019, 2024);
    const commune = rng.pick(COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick([`ĐV ${year}`, `XL đảng viên ${year}`, 'Dang vien']);
    const ws = wb.addWorksheet(sheet);
    const groupRows = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN ĐẢNG BỘ XÃ ${commune.toUpperCase()}`,
      width: 6,
    });
    headerRow(
      ws,
      r++,
      1,
      groupRows
        ? ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Xếp loại', 'Ghi chú']
        : ['STT', 'Họ và tên', 'Năm sinh', 'Chi bộ', 'Xếp loại', 'Ghi chú'],
    );
    const exemptWord = rng.pick(['Miễn đánh giá', 'Miễn đánh giá, xếp loại', 'miễn đánh giá']);
    const style = gradeStyle(rng, year);
    const levels: Level[] = [];
    const used = new Set<string>();
    let n = 0;
    for (const cell of communeCells(rng, rng.int(3, 5))) {
      if (groupRows) {
        put(ws, r, 1, cell, { bold: true, border: true });
        ws.mergeCells(r, 1, r, 6);
        r++;
      }
      const size = rng.int(6, 14);
      const grades: (Level | 'exempt')[] = Array.from({ length: size }, () =>
        rng.chance(0.1)
          ? 'exempt'
          : rng.chance(0.1)
            ? 'excellent'
            : rng.chance(0.92)
              ? 'good'
              : 'pass',
      );
      const good = grades.filter((g) => g === 'good').length;
      let exc = 0;
      grades.forEach((g, i) => {
        if (g === 'excellent' && ++exc > Math.floor(good * 0.2)) grades[i] = 'good';
      });
      for (const g of grades) {
        bodyCell(ws, r, 1, ++n);
        bodyCell(ws, r, 2, uniqueName(rng, used));
        bodyCell(ws, r, 3, g === 'exempt' ? rng.int(1938, 1950) : rng.int(1960, 2000));
        bodyCell(ws, r, 4, groupRows ? rng.pick(['Đảng viên', 'Đảng viên', 'Chi ủy viên']) : cell);
        bodyCell(ws, r, 5, g === 'exempt' ? exemptWord : style[g]);
        bodyCell(
          ws,
          r,
          6,
          g === 'exempt'
            ? rng.pick(['Tuổi cao, sức yếu', 'Miễn công tác và sinh hoạt đảng', ''])
            : '',
        );
        if (g !== 'exempt') levels.push(g);
        r++;
      }
    }
    widths(ws, [5, 26, 9, 28, 30, 26]);
    return {
      workbook: wb,
      key: {
        family: 'member-exempt',
        variant: `${groupRows ? 'cell group rows' : 'cell column'}, ${exemptWord}`,
        // Exempt members are left out of the units (docs/report-format.md).
        years: [tally(year, levels)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** The grade column first, a row of column numbers under the header, notes full of grade words. */
const gradeFirstNumbered: Family = {
  name: 'grade-first-numbered',
  about:
    'columns in an odd order (Xếp loại | STT | Tên | Bí thư | Số ĐV | Ghi chú), a row "(1) (2) …" or 1 2 3 under the header, notes naming grades of other years',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`${year}`, 'Biểu 01', `Bieu XL ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 6 });
    headerRow(ws, r++, 1, [
      rng.pick(['Xếp loại', 'Kết quả xếp loại', 'XL']),
      'STT',
      'Tên tổ chức cơ sở đảng',
      'Bí thư',
      'Số đảng viên',
      'Ghi chú',
    ]);
    const parens = rng.chance(0.5);
    headerRow(
      ws,
      r++,
      1,
      Array.from({ length: 6 }, (_, i) => (parens ? `(${i + 1})` : i + 1)),
    );
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 28)), style, {
      unknown: 0.3,
      duplicate: 0.3,
      blank: 0.2,
    });
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, x.text);
      bodyCell(ws, r, 2, i + 1);
      bodyCell(ws, r, 3, x.name);
      bodyCell(ws, r, 4, `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`);
      bodyCell(ws, r, 5, rng.int(12, 240));
      bodyCell(
        ws,
        r,
        6,
        rng.pick([
          '',
          '',
          `Năm ${year - 1}: ${GRADE_ABBR_2018[randomLevel(rng)]}`,
          `02 năm liền ${GRADE_FULL_2018.excellent.toLowerCase()}`,
          'Hạ 1 bậc do có đảng viên vi phạm',
          `Đề nghị tặng Giấy khen (${GRADE_ABBR_2018.excellent})`,
        ]),
      );
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 6, year + 1);
    widths(ws, [28, 5, 40, 22, 9, 30]);
    return {
      workbook: wb,
      key: {
        family: 'grade-first-numbered',
        variant: parens ? '(1) (2)' : '1 2 3',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'A', 'C'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Names pulled by formula from a catalogue sheet, filtered rows hidden, notes on cells, frozen panes. */
const lookupNames: Family = {
  name: 'lookup-names',
  about:
    'a catalogue sheet "DM" of units (code, name, kind) and a year sheet whose names are =DM!C5 formulas (cached), autofilter with rows hidden, cell notes, frozen panes',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const dm = wb.addWorksheet(rng.pick(['DM', 'Danh mục', 'DM_DonVi']));
    const sheet = rng.pick([`XL ${year}`, `Năm ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const names = districtOrganizations(rng, rng.int(14, 28));
    line(dm, 1, 1, 4, 'DANH MỤC TỔ CHỨC CƠ SỞ ĐẢNG', { bold: true });
    headerRow(dm, 3, 1, ['STT', 'Mã', 'Tên tổ chức cơ sở đảng', 'Loại hình']);
    names.forEach((n, i) => {
      bodyCell(dm, 4 + i, 1, i + 1);
      bodyCell(dm, 4 + i, 2, `TC${String(i + 1).padStart(3, '0')}`);
      bodyCell(dm, 4 + i, 3, n);
      bodyCell(dm, 4 + i, 4, /xã|thị trấn/.test(n) ? 'Xã, thị trấn' : 'Cơ quan, đơn vị');
    });
    widths(dm, [5, 8, 44, 16]);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    const h = r;
    headerRow(ws, r++, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    const rows = plantRows(rng, names, style, { duplicate: 0.5, unknown: 0.3 });
    const at: number[] = [];
    rows.forEach((x, i) => {
      const src = names.indexOf(x.name);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, { formula: `'${dm.name}'!C${4 + src}`, result: x.name });
      bodyCell(ws, r, 3, x.text);
      bodyCell(ws, r, 4, '');
      if (rng.chance(0.15))
        ws.getCell(r, 3).note = rng.pick(['Đã thẩm định', 'Xem lại biên bản', 'BTV thống nhất']);
      if (rng.chance(0.1) && !x.defect) ws.getRow(r).hidden = true;
      at.push(r++);
    });
    ws.autoFilter = `A${h}:D${r - 1}`;
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: h }];
    widths(ws, [5, 44, 30, 16]);
    return {
      workbook: wb,
      key: {
        family: 'lookup-names',
        variant: dm.name,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

const SHORT_GRADES: Record<Level, readonly string[]> = {
  excellent: ['Xuất sắc', 'HTXS', 'XS', 'HTXSNV'],
  good: ['Tốt', 'HTT', 'tốt', 'HTTNV'],
  pass: ['HT', 'HTNV', 'Hoàn thành'],
  fail: ['Không HT', 'KHT', 'KHTNV'],
};

/** Several people typed one sheet: the short spellings of the domain brief, mixed, under mixed-case headers. */
const shortGradesMixed: Family = {
  name: 'short-grades-mixed',
  about:
    'grades in the short forms of several typists in one sheet ("XS", "Tốt", "HT", "Không HT", "HTXS", "HTT", "KHT"), headers in mixed case ("stt", "TÊN Tổ chức Đảng", "Xếp Loại")',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`xl${year}`, `XepLoai_${year}`, `Nam ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    headerRow(ws, r++, 1, [
      rng.pick(['stt', 'Stt', 'TT']),
      rng.pick(['TÊN Tổ chức Đảng', 'Tên Đơn Vị', 'tên tccs đảng']),
      rng.pick(['Xếp Loại', `xếp loại năm ${year}`, 'XẾP loại']),
      rng.pick(['ghi chú', 'GHI CHÚ']),
    ]);
    const style: Record<Level, string> = {
      excellent: SHORT_GRADES.excellent[0] as string,
      good: SHORT_GRADES.good[0] as string,
      pass: SHORT_GRADES.pass[0] as string,
      fail: SHORT_GRADES.fail[0] as string,
    };
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(14, 30)), style, {
      unknown: 0.3,
      blank: 0.3,
    });
    for (const x of rows) if (x.level && !x.defect) x.text = rng.pick(SHORT_GRADES[x.level]);
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, x.text);
      bodyCell(ws, r, 4, '');
      at.push(r++);
    });
    widths(ws, [5, 44, 16, 14]);
    return {
      workbook: wb,
      key: {
        family: 'short-grades-mixed',
        variant: 'v',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A CSV-like export saved as .xlsx by WPS or LibreOffice: text everywhere, "01" numbers, text dates, a count line. */
const textExport: Family = {
  name: 'text-export',
  about:
    'CSV-like export saved as .xlsx: no styles, every cell text ("01", "2023", "12/01/2024 08:15"), a "Năm" column, diacritics kept, a "Tổng số: 45 bản ghi" footer',
  make(rng) {
    const y0 = rng.int(2019, 2023);
    const years = rng.chance(0.5) ? [y0] : [y0, y0 + 1];
    const wb = new Workbook();
    const sheet = rng.pick(['Sheet1', 'export', 'KetQua']);
    const ws = wb.addWorksheet(sheet);
    const header = [
      'STT',
      'Mã đơn vị',
      'Tên đơn vị',
      'Năm',
      'Kết quả xếp loại',
      'Ngày cập nhật',
      'Người cập nhật',
    ];
    header.forEach((h, i) => {
      ws.getCell(1, i + 1).value = h;
    });
    const names = districtOrganizations(rng, rng.int(12, 24));
    const keys = [];
    const defects: DefectKey[] = [];
    let r = 2;
    for (const y of years) {
      const rows: ListRow[] = plantRows(rng, names, GRADE_FULL_2018, { unknown: 0.3 });
      for (const [i, x] of rows.entries()) {
        const cells = [
          String(r - 1).padStart(2, '0'),
          `DV${String(names.indexOf(x.name) + 1).padStart(3, '0')}`,
          x.name,
          String(y),
          x.text ?? '',
          `${String(rng.int(2, 28)).padStart(2, '0')}/01/${y + 1} ${String(rng.int(7, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          rng.pick(['admin', 'btc.huyen', 'nguyenvh']),
        ];
        cells.forEach((v, c) => {
          const cell = ws.getCell(r, c + 1);
          cell.value = v;
          cell.numFmt = '@';
        });
        if (x.defect)
          defects.push({
            rule: x.defect,
            sheet,
            row: r,
            cell: addr(r, 5),
            what: `${x.defect} ${x.name} ${i}`,
          });
        r++;
      }
      keys.push(yearKeyOf(y, rows));
    }
    ws.getCell(r + 1, 1).value = `Tổng số: ${r - 2} bản ghi`;
    return {
      workbook: wb,
      key: {
        family: 'text-export',
        variant: `${years.length} years`,
        years: keys,
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Each đảng bộ's own grade beside the counts of its party cells per grade: a list and a summary in one row. */
const committeeWithCellCounts: Family = {
  name: 'committee-with-cell-counts',
  about:
    'a row per đảng bộ xã/phường: its own grade, then "Số chi bộ trực thuộc" and its cells\' counts per grade under a merged "Xếp loại chi bộ trực thuộc"; a "Tổng cộng" of SUMs',
  make(rng) {
    const year = rng.pick([2024, 2025]);
    const wb = new Workbook();
    const sheet = rng.pick([`TH ${year}`, 'Đảng bộ cơ sở', `Tổng hợp ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI ĐẢNG BỘ CƠ SỞ VÀ CHI BỘ TRỰC THUỘC',
      width: 9,
    });
    const abbr = LEVELS.map((l) => GRADE_ABBR_2018[l]);
    headerRow(ws, r, 1, [
      'STT',
      'Tên đảng bộ cơ sở',
      rng.pick(['Xếp loại đảng bộ', 'Kết quả xếp loại của đảng bộ']),
      'Số chi bộ trực thuộc',
      'Xếp loại chi bộ trực thuộc',
      null,
      null,
      null,
      'Ghi chú',
    ]);
    ws.mergeCells(r, 5, r, 8);
    headerRow(ws, r + 1, 5, abbr);
    for (const c of [1, 2, 3, 4, 9]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const first = r;
    const names = provinceOrganizations(rng, rng.int(10, 15)).filter((n) => /xã|phường/.test(n));
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    const bad = rng.chance(0.5) ? rng.int(0, names.length - 1) : -1;
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    const sums = [0, 0, 0, 0, 0];
    names.forEach((name, i) => {
      const own = randomLevel(rng);
      levels.push(own);
      const n = rng.int(8, 30);
      const counts = [0, 0, 0, 0];
      for (let k = 0; k < n; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
      const stated = i === bad ? n + rng.pick([-1, 1, 2]) : n;
      if (i === bad)
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, 4),
          what: `total ${stated} vs ${n}`,
        });
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, name);
      bodyCell(ws, r, 3, style[own]);
      bodyCell(ws, r, 4, stated);
      counts.forEach((v, k) => bodyCell(ws, r, 5 + k, v));
      bodyCell(ws, r, 9, '');
      sums[0] = (sums[0] as number) + stated;
      counts.forEach((v, k) => (sums[k + 1] = (sums[k + 1] as number) + v));
      r++;
    });
    bodyCell(ws, r, 2, 'Tổng cộng');
    for (let c = 4; c <= 8; c++)
      bodyCell(ws, r, c, {
        formula: `SUM(${colLetter(c)}${first}:${colLetter(c)}${r - 1})`,
        result: sums[c - 4] as number,
      });
    if (bad >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 4),
        what: 'Tổng cộng carries the planted total',
      });
    widths(ws, [5, 34, 26, 10, 9, 9, 9, 9, 14]);
    return {
      workbook: wb,
      key: {
        family: 'committee-with-cell-counts',
        variant: bad >= 0 ? 'bad-total' : 'clean',
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Months headed I…XII, the thematic meeting written into the month it was held ("x+CĐ"). */
const registerRomanMonths: Family = {
  name: 'register-roman-months',
  about:
    'a register with months headed I…XII under "Sinh hoạt chi bộ các tháng", "x" for a regular meeting and "x+CĐ" / "x, CĐ" where the quarter\'s thematic meeting was held too; a "Cộng" COUNTA',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`SHCB ${year}`, `Theo dõi ${year}`, 'Sinh hoat']);
    const ws = wb.addWorksheet(sheet);
    const both = rng.pick(['x+CĐ', 'x, CĐ', 'x (CĐ)', 'TK+CĐ']);
    let r = titleBlock(ws, rng, 1, { year, subject: 'THEO DÕI SINH HOẠT CHI BỘ', width: 16 });
    headerRow(ws, r, 1, [
      'STT',
      'Tên chi bộ',
      'Sinh hoạt chi bộ các tháng',
      ...Array(11).fill(null),
      'Cộng',
      'Ghi chú',
    ]);
    ws.mergeCells(r, 3, r, 14);
    headerRow(ws, r + 1, 3, ROMAN_MONTHS);
    for (const c of [1, 2, 15, 16]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const cells = communeCells(rng, rng.int(6, 12));
    const short = rng.chance(0.6) ? rng.int(0, cells.length - 1) : -1;
    const noTh = rng.chance(0.5) ? rng.int(0, cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    cells.forEach((c, i) => {
      const held = Array.from({ length: 12 }, () => true);
      const thematicMonth = [0, 1, 2, 3].map((q) => q * 3 + rng.int(0, 2));
      const missingQ = i === noTh ? rng.int(0, 3) : -1;
      if (i === short) {
        // Not the month that carries a thematic meeting.
        const m = [1, 2, 4, 5, 7, 8].find((x) => !thematicMonth.includes(x)) ?? 10;
        held[m] = false;
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c);
      held.forEach((h, m) => {
        const q = Math.floor(m / 3);
        const th = thematicMonth[q] === m && q !== missingQ;
        bodyCell(ws, r, 3 + m, !h ? null : th ? both : 'x');
      });
      const regular = held.filter(Boolean).length;
      bodyCell(ws, r, 15, { formula: `COUNTA(C${r}:N${r})`, result: regular });
      bodyCell(ws, r, 16, i === noTh ? `Quý ${ROMAN_MONTHS[missingQ]} không SH chuyên đề` : '');
      meetings.push({ sheet, row: r, year, regular, compliant: regular >= 12 && missingQ < 0 });
      if (i === short)
        defects.push({ rule: 'meeting.regular-short', sheet, row: r, what: `${regular} regular` });
      if (i === noTh)
        defects.push({
          rule: 'meeting.thematic-short',
          sheet,
          row: r,
          what: 'a quarter without CĐ',
        });
      r++;
    });
    line(
      ws,
      r + 1,
      1,
      16,
      `Ký hiệu: x - sinh hoạt thường kỳ; ${both} - sinh hoạt thường kỳ và chuyên đề`,
      {
        italic: true,
      },
    );
    widths(ws, [5, 28, ...Array(12).fill(6), 7, 24]);
    return {
      workbook: wb,
      key: {
        family: 'register-roman-months',
        variant: both,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Before and after the 2025 merger side by side: old communes with 2024 grades, the new commune merged down over them. */
const mergerCrosswalk: Family = {
  name: 'merger-crosswalk',
  about:
    '"Năm 2024 (trước sắp xếp)" old communes and grades beside "Năm 2025 (sau sắp xếp)", the new commune and its grade merged down over its old communes',
  make(rng) {
    const wb = new Workbook();
    const sheet = rng.pick(['Đối chiếu 2024-2025', 'Truoc sau sap xep', 'So sánh']);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 6, 'BAN TỔ CHỨC TỈNH ỦY LẠNG SƠN', { bold: true });
    line(
      ws,
      2,
      1,
      6,
      'KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG TRƯỚC VÀ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ',
      { bold: true },
    );
    const h = 4;
    headerRow(ws, h, 1, [
      'STT',
      'Năm 2024 (trước sắp xếp)',
      null,
      'Năm 2025 (sau sắp xếp)',
      null,
      'Ghi chú',
    ]);
    ws.mergeCells(h, 2, h, 3);
    ws.mergeCells(h, 4, h, 5);
    headerRow(ws, h + 1, 2, ['Đảng bộ xã (cũ)', 'Xếp loại', 'Đảng bộ xã (mới)', 'Xếp loại']);
    ws.mergeCells(h, 1, h + 1, 1);
    ws.mergeCells(h, 6, h + 1, 6);
    const olds = rng.shuffle(COMMUNES);
    const news = rng.sample(NEW_COMMUNES, rng.int(4, 7));
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    const old: Level[] = [];
    const fresh: Level[] = [];
    let r = h + 2;
    let n = 0;
    for (const nc of news) {
      const k = rng.int(2, 3);
      const top = r;
      const l25 = randomLevel(rng);
      fresh.push(l25);
      for (let j = 0; j < k; j++) {
        const o = olds.pop() ?? `Xã ${n}`;
        const l24 = randomLevel(rng);
        old.push(l24);
        bodyCell(ws, r, 1, ++n);
        bodyCell(ws, r, 2, `Đảng bộ xã ${o}`);
        bodyCell(ws, r, 3, style[l24]);
        bodyCell(ws, r, 6, '');
        r++;
      }
      bodyCell(ws, top, 4, `Đảng bộ xã ${nc}`);
      bodyCell(ws, top, 5, style[l25]);
      ws.mergeCells(top, 4, r - 1, 4);
      ws.mergeCells(top, 5, r - 1, 5);
    }
    widths(ws, [5, 28, 28, 28, 28, 14]);
    return {
      workbook: wb,
      key: {
        family: 'merger-crosswalk',
        variant: 'v',
        years: [tally(2024, old), tally(2025, fresh)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Members of several organizations, each closed by a typed subtotal line with its excellent share. */
const memberOrgSubtotals: Family = {
  name: 'member-org-subtotals',
  about:
    'members of several organizations under "Tổ chức cơ sở đảng" group rows, each closed by a typed line "Cộng: 24 đ/c; HTXSNV: 3 (12,5%)"; some exempt',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`XLĐV ${year}`, `Đảng viên ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN KHỐI CƠ QUAN',
      width: 5,
    });
    headerRow(ws, r++, 1, ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Xếp loại', 'Ghi chú']);
    const style = gradeStyle(rng, year);
    const used = new Set<string>();
    const levels: Level[] = [];
    rng.sample(AGENCIES, rng.int(2, 4)).forEach((org, gi) => {
      put(ws, r, 1, `${['I', 'II', 'III', 'IV'][gi]}. ${org}`, { bold: true, border: true });
      ws.mergeCells(r, 1, r, 5);
      r++;
      const size = rng.int(6, 16);
      const grades: (Level | 'exempt')[] = Array.from({ length: size }, () =>
        rng.chance(0.06)
          ? 'exempt'
          : rng.chance(0.12)
            ? 'excellent'
            : rng.chance(0.9)
              ? 'good'
              : 'pass',
      );
      const good = grades.filter((g) => g === 'good').length;
      let exc = 0;
      grades.forEach((g, i) => {
        if (g === 'excellent' && ++exc > Math.floor(good * 0.2)) grades[i] = 'good';
      });
      grades.forEach((g, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, uniqueName(rng, used));
        bodyCell(
          ws,
          r,
          3,
          rng.pick(['Chuyên viên', 'Phó Trưởng phòng', 'Kế toán', 'Nhân viên', 'Trưởng phòng']),
        );
        bodyCell(ws, r, 4, g === 'exempt' ? 'Miễn đánh giá' : style[g]);
        bodyCell(ws, r, 5, g === 'exempt' ? 'Nghỉ ốm dài ngày' : '');
        if (g !== 'exempt') levels.push(g);
        r++;
      });
      const rated = grades.filter((g) => g !== 'exempt').length;
      const nExc = grades.filter((g) => g === 'excellent').length;
      const pct = ((100 * nExc) / rated).toFixed(1).replace('.', ',');
      put(ws, r, 2, `Cộng: ${rated} đ/c; HTXSNV: ${nExc} (${pct}%)`, {
        italic: true,
        border: true,
      });
      ws.mergeCells(r, 2, r, 5);
      r++;
    });
    widths(ws, [5, 26, 28, 30, 20]);
    return {
      workbook: wb,
      key: {
        family: 'member-org-subtotals',
        variant: 'v',
        years: [tally(year, levels)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A hand-kept summary per commune where one count was typed as text among numbers. */
const summaryTextCount: Family = {
  name: 'summary-text-count',
  about:
    'a summary per commune (Tổng số chi bộ, SL per grade) typed by hand, one count stored as text among numbers (value.not-number), a "Tổng cộng" of SUMs',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`TH chi bộ ${year}`, 'Biểu 02', `Tong hop ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ',
      width: 7,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Đảng bộ',
      'Tổng số chi bộ',
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
    ]);
    const first = r;
    const communes = rng.sample(COMMUNES, rng.int(6, 12));
    const textAt = rng.chance(0.7) ? rng.int(0, communes.length - 1) : -1;
    const textCol = rng.int(4, 5);
    const defects: DefectKey[] = [];
    const sums = [0, 0, 0, 0, 0];
    let skipped = 0;
    communes.forEach((c, i) => {
      const n = rng.int(6, 22);
      const counts = [0, 0, 0, 0];
      for (let k = 0; k < n; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, n);
      counts.forEach((v, k) =>
        bodyCell(ws, r, 4 + k, i === textAt && 4 + k === textCol ? String(v) : v),
      );
      sums[0] = (sums[0] as number) + n;
      counts.forEach((v, k) => {
        // SUM skips the text cell, as Excel's does.
        if (!(i === textAt && 4 + k === textCol)) sums[k + 1] = (sums[k + 1] as number) + v;
        else skipped = v;
      });
      if (i === textAt)
        defects.push({
          rule: 'value.not-number',
          sheet,
          row: r,
          cell: addr(r, textCol),
          what: 'a count typed as text',
        });
      r++;
    });
    bodyCell(ws, r, 2, 'Tổng cộng');
    for (let c = 3; c <= 7; c++)
      bodyCell(ws, r, c, {
        formula: `SUM(${colLetter(c)}${first}:${colLetter(c)}${r - 1})`,
        result: sums[c - 3] as number,
      });
    if (skipped > 0)
      // The SUM skipped the text count, so the total row no longer adds up.
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 3),
        what: 'SUM skipped a text count',
      });
    widths(ws, [5, 28, 10, 9, 9, 9, 9]);
    return {
      workbook: wb,
      key: {
        family: 'summary-text-count',
        variant: textAt >= 0 ? 'text-count' : 'clean',
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** One year's list in two stacked parts, each with its own header of other columns. */
const stackedKinds: Family = {
  name: 'stacked-kinds',
  about:
    'one sheet, one year: "A. ĐẢNG BỘ XÃ, THỊ TRẤN" with STT | Tên | Bí thư | Xếp loại, then "B. CHI BỘ CƠ QUAN" with its own header STT | Tên chi bộ | Số ĐV | Kết quả | Ghi chú',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    const orgs = districtOrganizations(rng, rng.int(18, 30));
    const communes = orgs.filter((n) => !n.startsWith('Chi bộ'));
    const agencies = orgs.filter((n) => n.startsWith('Chi bộ'));
    line(ws, r++, 1, 5, 'A. ĐẢNG BỘ XÃ, THỊ TRẤN', { bold: true });
    headerRow(ws, r++, 1, ['STT', 'Tên đảng bộ', 'Bí thư', 'Xếp loại']);
    const a = plantRows(rng, communes, style, { unknown: 0.3 });
    const atA: number[] = [];
    a.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`);
      bodyCell(ws, r, 4, x.text);
      atA.push(r++);
    });
    r += rng.int(1, 2);
    line(ws, r++, 1, 5, 'B. CHI BỘ CƠ QUAN, ĐƠN VỊ', { bold: true });
    headerRow(ws, r++, 1, ['STT', 'Tên chi bộ', 'Số ĐV', 'Kết quả', 'Ghi chú']);
    const b = plantRows(rng, agencies, style, { duplicate: 0.4, blank: 0.3 });
    const atB: number[] = [];
    b.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, rng.int(5, 40));
      bodyCell(ws, r, 4, x.text);
      bodyCell(ws, r, 5, '');
      atB.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [5, 40, 22, 28, 14]);
    const both = yearKeyOf(year, [...a, ...b]);
    return {
      workbook: wb,
      key: {
        family: 'stacked-kinds',
        variant: 'v',
        years: [both],
        defects: [...defectsOf(sheet, a, atA, 'D', 'B'), ...defectsOf(sheet, b, atB, 'D', 'B')],
        meetings: [],
        unsure: false,
      },
    };
  },
};

export const ROUND3_FAMILIES: readonly Family[] = [
  scoreCriteria2025,
  threeLevelScores,
  mergedCommunes2025,
  provinceCommittees,
  splitByKind,
  yearsComparePilot,
  meetingLog,
  registerCountTopics,
  memberExempt,
  gradeFirstNumbered,
  lookupNames,
  shortGradesMixed,
  textExport,
  committeeWithCellCounts,
  registerRomanMonths,
  mergerCrosswalk,
  memberOrgSubtotals,
  summaryTextCount,
  stackedKinds,
];
