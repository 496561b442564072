/**
 * The district the sample describes: its 58 party organizations, pilot communes, the true grades
 * of each year, and the grade texts its sheets use (the layout generator's vocabulary).
 */
import { COMMUNES as DISTRICT_COMMUNES, LEVELS, usualGrade } from '../../tools/layouts/vocabulary';
import type { Counts, Level } from './key';
import { shuffle } from './random';

/** The district's communes: the first 25 of the layout generator's (Hữu Lũng's). */
export const COMMUNES = DISTRICT_COMMUNES.slice(0, 25);
export const AGENCIES = [
  'Đảng bộ Công an huyện',
  'Đảng bộ Quân sự huyện',
  'Đảng bộ Trung tâm Y tế huyện',
  'Chi bộ Văn phòng Huyện ủy',
  'Chi bộ Văn phòng HĐND và UBND huyện',
  'Chi bộ Mặt trận Tổ quốc và các đoàn thể huyện',
  'Chi bộ Phòng Tài chính - Kế hoạch',
  'Chi bộ Phòng Nội vụ',
  'Chi bộ Phòng Giáo dục và Đào tạo',
  'Chi bộ Phòng Nông nghiệp và PTNT',
  'Chi bộ Phòng Tài nguyên và Môi trường',
  'Chi bộ Phòng Kinh tế và Hạ tầng',
  'Chi bộ Phòng Lao động - Thương binh và Xã hội',
  'Chi bộ Phòng Văn hóa và Thông tin',
  'Chi bộ Thanh tra huyện',
  'Chi bộ Tòa án nhân dân huyện',
  'Chi bộ Viện Kiểm sát nhân dân huyện',
  'Chi bộ Chi cục Thi hành án dân sự',
  'Chi bộ Chi cục Thuế',
  'Chi bộ Kho bạc Nhà nước',
  'Chi bộ Bảo hiểm xã hội huyện',
  'Chi bộ Ngân hàng Nông nghiệp và PTNT',
  'Chi bộ Ngân hàng Chính sách xã hội',
  'Chi bộ Trung tâm Văn hóa - Thể thao và Truyền thông',
  'Chi bộ Trường THPT Hữu Lũng',
  'Chi bộ Trường THPT Vân Nham',
  'Chi bộ Trung tâm GDNN - GDTX',
  'Chi bộ Hạt Kiểm lâm',
  'Chi bộ Điện lực Hữu Lũng',
  'Chi bộ Ban Quản lý dự án đầu tư xây dựng',
  'Chi bộ Trung tâm Dịch vụ nông nghiệp',
  'Chi bộ Hội Nông dân và Hội Cựu chiến binh huyện',
];

export interface Unit {
  name: string;
  group: 'I' | 'II';
  commune?: string;
}
export const UNITS: Unit[] = [
  ...COMMUNES.map((c): Unit => ({ name: `Đảng bộ xã ${c}`, group: 'I', commune: c })),
  { name: 'Đảng bộ thị trấn Hữu Lũng', group: 'I' },
  ...AGENCIES.map((name): Unit => ({ name, group: 'II' })),
];
if (UNITS.length !== 58) throw new Error(`expected 58 TCCSĐ, have ${UNITS.length}`);

export const PILOTS: Record<number, string> = {
  2017: 'Hòa Sơn',
  2018: 'Hòa Bình',
  2019: 'Yên Thịnh',
  2020: 'Thiện Tân',
  2021: 'Đồng Tiến',
};

/** True grades before any planted defect. */
export const YEAR_COUNTS: Record<number, Counts> = {
  2016: { excellent: 8, good: 33, pass: 13, fail: 4 },
  2017: { excellent: 9, good: 35, pass: 11, fail: 3 },
  2018: { excellent: 8, good: 45, pass: 5, fail: 0 },
  2019: { excellent: 8, good: 44, pass: 6, fail: 0 },
  2020: { excellent: 11, good: 42, pass: 5, fail: 0 },
  2021: { excellent: 10, good: 44, pass: 4, fail: 0 },
};

/** The pilot communes: weak before their year, "good" from it (Hòa Sơn good 2017–2020). */
export function fixedLevels(year: number): Map<string, Level> {
  const fixed = new Map<string, Level>();
  const pilotYear = (c: string) => Number(Object.keys(PILOTS).find((y) => PILOTS[+y] === c));
  for (const c of Object.values(PILOTS)) {
    const py = pilotYear(c);
    let level: Level;
    if (year >= py) level = 'good';
    else if (c === 'Hòa Sơn' || (c === 'Đồng Tiến' && year <= 2017)) level = 'fail';
    else level = 'pass';
    if (c === 'Hòa Sơn' && year === 2021) level = 'excellent';
    fixed.set(`Đảng bộ xã ${c}`, level);
  }
  return fixed;
}

export function gradesFor(year: number): Level[] {
  const fixed = fixedLevels(year);
  const left = { ...YEAR_COUNTS[year]! };
  for (const lv of fixed.values()) left[lv]--;
  const pool: Level[] = [];
  for (const lv of ['excellent', 'good', 'pass', 'fail'] as Level[])
    for (let i = 0; i < left[lv]; i++) pool.push(lv);
  const shuffled = shuffle(pool);
  return UNITS.map((u) => fixed.get(u.name) ?? shuffled.pop()!);
}

const byLevel = (text: (level: Level) => string) =>
  Object.fromEntries(LEVELS.map((level) => [level, text(level)])) as Record<Level, string>;

export const OLD_FULL = byLevel((level) => usualGrade(level, 2017, 'full'));
export const NEW_FULL = byLevel((level) => usualGrade(level, 2018, 'full'));
export const NEW_ABBR = byLevel((level) => usualGrade(level, 2018, 'abbr'));
/** The short forms, with "HT" for a pass as the sample's boards write it. */
export const NEW_SHORT = { ...byLevel((level) => usualGrade(level, 2018, 'short')), pass: 'HT' };
