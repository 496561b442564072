/** Names and grade spellings as district staff type them. */
import type { Rng } from '../random';

export type Level = 'excellent' | 'good' | 'pass' | 'fail';
export const LEVELS: readonly Level[] = ['excellent', 'good', 'pass', 'fail'];

export const GRADE_FULL_2018: Record<Level, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  pass: 'Hoàn thành nhiệm vụ',
  fail: 'Không hoàn thành nhiệm vụ',
};
export const GRADE_ABBR_2018: Record<Level, string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  pass: 'HTNV',
  fail: 'KHTNV',
};
export const GRADE_FULL_OLD: Record<Level, string> = {
  excellent: 'Trong sạch, vững mạnh',
  good: 'Hoàn thành tốt nhiệm vụ',
  pass: 'Hoàn thành nhiệm vụ',
  fail: 'Yếu kém',
};
export const GRADE_ABBR_OLD: Record<Level, string> = {
  excellent: 'TSVM',
  good: 'HTTNV',
  pass: 'HTNV',
  fail: 'Yếu kém',
};

/** One way of writing grades, kept for a whole sheet as staff do. */
export function gradeStyle(rng: Rng, year: number): Record<Level, string> {
  const old = year < 2018;
  if (rng.chance(0.6)) return old ? GRADE_FULL_OLD : GRADE_FULL_2018;
  return old ? GRADE_ABBR_OLD : GRADE_ABBR_2018;
}

/** A realistic spread: mostly good, some excellent, a few pass, rarely fail. */
export function randomLevel(rng: Rng): Level {
  const r = rng.next();
  if (r < 0.18) return 'excellent';
  if (r < 0.88) return 'good';
  if (r < 0.98) return 'pass';
  return 'fail';
}

export const COMMUNES = [
  'Hòa Sơn',
  'Hòa Bình',
  'Yên Thịnh',
  'Thiện Tân',
  'Đồng Tiến',
  'Minh Sơn',
  'Minh Hòa',
  'Hòa Thắng',
  'Hòa Lạc',
  'Sơn Hà',
  'Hồ Sơn',
  'Cai Kinh',
  'Đồng Tân',
  'Tân Thành',
  'Yên Vượng',
  'Yên Sơn',
  'Yên Bình',
  'Quyết Thắng',
  'Hữu Liên',
  'Nhật Tiến',
  'Vân Nham',
  'Thanh Sơn',
  'Đô Lương',
  'Tân Lập',
  'Minh Tiến',
] as const;

export const AGENCIES = [
  'Chi bộ Viện Kiểm sát nhân dân huyện',
  'Chi bộ Tòa án nhân dân huyện',
  'Chi bộ Kho bạc Nhà nước huyện',
  'Chi bộ Chi cục Thuế khu vực',
  'Chi bộ Trung tâm Y tế huyện',
  'Chi bộ Ngân hàng Chính sách xã hội huyện',
  'Chi bộ Agribank chi nhánh Hữu Lũng',
  'Chi bộ Trường THPT Hữu Lũng',
  'Chi bộ Trường THPT Vân Nham',
  'Chi bộ Trường THPT Tân Thành',
  'Chi bộ Hạt Kiểm lâm',
  'Chi bộ Bảo hiểm xã hội huyện',
  'Chi bộ Chi cục Thi hành án dân sự',
  'Chi bộ Điện lực Hữu Lũng',
  'Chi bộ Công ty TNHH MTV Lâm nghiệp',
  'Đảng bộ Công an huyện',
  'Đảng bộ Quân sự huyện',
  'Chi bộ Trung tâm Văn hóa, Thể thao và Truyền thông',
  'Chi bộ Phòng Giáo dục và Đào tạo',
  'Chi bộ Ban Quản lý dự án đầu tư xây dựng',
] as const;

export const VILLAGES = [
  'Khuân Cầu',
  'Làng Nầm',
  'Đoàn Kết',
  'Làng Mới',
  'Thống Nhất',
  'Quyết Tiến',
  'Cầu Bến',
  'Bãi Hào',
  'Đồng Mạ',
  'Làng Chùa',
  'Na Hoa',
  'Tân Tiến',
  'Hợp Thành',
  'Phố Vị',
  'Trung Thành',
  'Đồng Bụt',
  'Nà Lầy',
  'Rộc Lạn',
  'Khuôn Phải',
  'Làng Cà',
] as const;

/** Organizations of a district: communes, the town, agencies, as a rating list names them. */
export function districtOrganizations(rng: Rng, n: number): string[] {
  const communes = rng.shuffle(COMMUNES).map((c) => `Đảng bộ xã ${c}`);
  const others = ['Đảng bộ thị trấn Hữu Lũng', ...rng.shuffle(AGENCIES)];
  const nCommunes = Math.min(communes.length, Math.round(n * 0.45));
  return [...communes.slice(0, nCommunes), ...others.slice(0, n - nCommunes)].slice(0, n);
}

/** Party cells of one commune: village cells, the school and the commune's own cells. */
export function communeCells(rng: Rng, n: number): string[] {
  const villages = rng
    .sample(VILLAGES, Math.min(n, VILLAGES.length))
    .map((v) => `Chi bộ thôn ${v}`);
  const extra = [
    'Chi bộ Trường Tiểu học',
    'Chi bộ Trường THCS',
    'Chi bộ Trường Mầm non',
    'Chi bộ Trạm Y tế',
    'Chi bộ Quân sự xã',
    'Chi bộ Công an xã',
  ];
  return [...villages, ...extra].slice(0, n);
}

/** The commune-level party committee's name for post-2025 communes (after the mergers). */
export const NEW_COMMUNES = [
  'Hữu Lũng',
  'Yên Bình',
  'Hữu Liên',
  'Cai Kinh',
  'Vân Nham',
  'Tuấn Sơn',
  'Tân Thành',
  'Thiện Tân',
  'Yên Thịnh',
  'Thiện Long',
  'Bắc Sơn',
  'Hưng Vũ',
  'Nhất Hòa',
  'Chi Lăng',
  'Quan Sơn',
] as const;
