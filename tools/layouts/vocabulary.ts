/**
 * Words the generated sheets are made of: what boards type in titles, headers, grades, names,
 * notes and signatures. Written from domain.md and from sheets boards use, not from the
 * engine's own vocabulary (src/core/recognize/vocabulary.ts), which they are meant to test.
 */
import type { Level } from '../../src/core/report/types';

export const LEVELS: readonly Level[] = ['excellent', 'good', 'pass', 'fail'];

// ------------------------------------------------------------------ grades

/** Every spelling of a level, by family. `y` decides the scheme: before 2018, HD 27's grades. */
export type GradeSpelling = 'full' | 'abbr' | 'short' | 'bare' | 'nv' | 'upper' | 'mixed';
export const GRADE_SPELLINGS: readonly GradeSpelling[] = [
  'full',
  'abbr',
  'short',
  'bare',
  'nv',
  'upper',
  'mixed',
];

const NEW_SCHEME: Record<Level, Record<Exclude<GradeSpelling, 'mixed' | 'upper'>, string[]>> = {
  excellent: {
    full: ['Hoàn thành xuất sắc nhiệm vụ'],
    abbr: ['HTXSNV', 'HTXS'],
    short: ['Xuất sắc', 'XS', 'Hoàn thành xuất sắc'],
    bare: ['Hoan thanh xuat sac nhiem vu', 'HTXSNV'],
    nv: ['Hoàn thành xuất sắc NV', 'HTXS NV'],
  },
  good: {
    full: ['Hoàn thành tốt nhiệm vụ'],
    abbr: ['HTTNV', 'HTT'],
    short: ['Tốt', 'Hoàn thành tốt'],
    bare: ['Hoan thanh tot nhiem vu', 'Hoan thanh tot'],
    nv: ['Hoàn thành tốt NV', 'HTT NV'],
  },
  pass: {
    full: ['Hoàn thành nhiệm vụ'],
    abbr: ['HTNV'],
    short: ['Hoàn thành', 'HT'],
    bare: ['Hoan thanh nhiem vu', 'HTNV'],
    nv: ['Hoàn thành NV', 'HT NV'],
  },
  fail: {
    full: ['Không hoàn thành nhiệm vụ'],
    abbr: ['KHTNV', 'KHT'],
    short: ['Không HT', 'Không hoàn thành'],
    bare: ['Khong hoan thanh nhiem vu', 'KHTNV'],
    nv: ['Không hoàn thành NV', 'Không HTNV'],
  },
};

const OLD_SCHEME: Record<Level, Record<Exclude<GradeSpelling, 'mixed' | 'upper'>, string[]>> = {
  excellent: {
    full: ['Trong sạch, vững mạnh', 'Trong sạch, vững mạnh tiêu biểu'],
    abbr: ['TSVM', 'TSVMTB'],
    short: ['Trong sạch vững mạnh', 'TSVM tiêu biểu'],
    bare: ['Trong sach vung manh', 'TSVM'],
    nv: ['Trong sạch, vững mạnh (tiêu biểu)', 'Trong sạch vững mạnh'],
  },
  good: NEW_SCHEME.good,
  pass: NEW_SCHEME.pass,
  fail: {
    full: ['Yếu kém'],
    abbr: ['YK'],
    short: ['Yếu kém'],
    bare: ['Yeu kem'],
    nv: ['Yếu kém'],
  },
};

/** Members before 2018 had grades of their own. */
const OLD_MEMBER: Record<Level, string[]> = {
  excellent: ['Đủ tư cách, hoàn thành xuất sắc nhiệm vụ', 'ĐTC HTXSNV'],
  good: ['Đủ tư cách, hoàn thành tốt nhiệm vụ', 'ĐTC HTTNV'],
  pass: ['Đủ tư cách, hoàn thành nhiệm vụ', 'ĐTC HTNV'],
  fail: ['Vi phạm tư cách hoặc không hoàn thành nhiệm vụ', 'Vi phạm tư cách'],
};

export function gradeText(
  level: Level,
  year: number,
  spelling: GradeSpelling,
  pick: <T>(xs: readonly T[]) => T,
  subject: 'organization' | 'member' = 'organization',
): string {
  if (subject === 'member' && year < 2018 && (spelling === 'full' || spelling === 'abbr'))
    return pick(OLD_MEMBER[level]);
  const table = year < 2018 ? OLD_SCHEME : NEW_SCHEME;
  if (spelling === 'mixed') {
    const family = pick(['full', 'abbr', 'short', 'bare', 'nv'] as const);
    const t = pick(table[level][family]);
    return pick([t, t, t.toLocaleUpperCase('vi'), ` ${t}`, `${t}.`, t.replace(/ /g, '  ')]);
  }
  if (spelling === 'upper') return pick(table[level].full).toLocaleUpperCase('vi');
  return pick(table[level][spelling]);
}

/** A level's usual text in one family (the first listed), in the scheme of `year`. */
export function usualGrade(level: Level, year: number, family: 'full' | 'abbr' | 'short'): string {
  return (year < 2018 ? OLD_SCHEME : NEW_SCHEME)[level][family][0]!;
}

/** The grade of the other scheme, for a planted grade.scheme-mixed. */
export function otherSchemeGrade(level: 'excellent' | 'fail', year: number): string {
  if (year >= 2018) return level === 'excellent' ? 'Trong sạch, vững mạnh' : 'Yếu kém';
  return level === 'excellent' ? 'Hoàn thành xuất sắc nhiệm vụ' : 'Không hoàn thành nhiệm vụ';
}

/** Texts that are no grade of either scheme (planted grade.unknown). */
export const NOT_GRADES = [
  'Khá',
  'Trung bình',
  'Đạt',
  'Tốt lắm',
  'Hoàn thành tôt nhiệm vụ',
  'HTTVN',
  'Vững mạnh',
  'Chưa xếp',
  'Loại A',
  'Tiên tiến',
];

/** Column labels for tick-the-column grades, per scheme. */
export const TICK_LABELS: Record<'2018' | 'pre-2018', Record<Level, string[]>> = {
  '2018': {
    excellent: ['HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 'HTXS'],
    good: ['HTTNV', 'Hoàn thành tốt nhiệm vụ', 'HTT'],
    pass: ['HTNV', 'Hoàn thành nhiệm vụ', 'HT'],
    fail: ['KHTNV', 'Không hoàn thành nhiệm vụ', 'KHT'],
  },
  'pre-2018': {
    excellent: ['TSVM', 'Trong sạch, vững mạnh', 'TSVM'],
    good: ['HTTNV', 'Hoàn thành tốt nhiệm vụ', 'HTT'],
    pass: ['HTNV', 'Hoàn thành nhiệm vụ', 'HT'],
    fail: ['Yếu kém', 'Yếu kém', 'YK'],
  },
};
export const TICK_MARKS = ['x', 'X', 'x', ' x', 'x ', '✓'];

// ------------------------------------------------------------------ headers

/** Header labels by role, in three registers: full, abbreviated, typed without diacritics. */
export const HEADER = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'stt', 'S TT'],
  unit: [
    'Tên tổ chức cơ sở đảng',
    'Tổ chức cơ sở đảng',
    'Tên TCCSĐ',
    'TCCSĐ',
    'Đơn vị',
    'Tên đơn vị',
    'Tên chi bộ, đảng bộ cơ sở',
    'Chi bộ, đảng bộ cơ sở',
    'Tên cơ sở đảng',
    'Ten to chuc co so dang',
    'Tổ chức đảng',
    'Đảng bộ, chi bộ cơ sở',
    'Tên đảng bộ, chi bộ',
  ],
  grade: [
    'Xếp loại',
    'Kết quả xếp loại',
    'Kết quả',
    'KQ xếp loại',
    'Mức xếp loại',
    'Đánh giá, xếp loại',
    'Xếp loại chất lượng',
    'XL',
    'KQXL',
    'Kết quả đánh giá',
    'Mức đánh giá',
    'Xep loai',
    'Kết quả đánh giá, xếp loại',
    '',
  ],
  /** Over tick columns or year columns. */
  gradeGroup: [
    'Kết quả xếp loại',
    'Xếp loại',
    'Kết quả đánh giá, xếp loại',
    'Mức xếp loại',
    'KQ xếp loại',
    'Xếp loại chất lượng',
    'Ket qua xep loai',
  ],
  yearCol: ['Năm', 'Năm đánh giá', 'Năm xếp loại', 'Năm XL', 'Nam'],
  note: ['Ghi chú', 'Ghi chu', 'GC', 'Ghi chú khác'],
  member: ['Họ và tên', 'Họ tên đảng viên', 'Họ và tên đảng viên', 'Ho va ten', 'Họ tên'],
  memberOrg: ['Chi bộ', 'Đảng bộ', 'Chi bộ, đảng bộ cơ sở', 'Sinh hoạt tại chi bộ', 'Đơn vị'],
  /** Columns no check reads. */
  extra: [
    ['Số đảng viên', 'n'],
    ['Bí thư', 'person'],
    ['Số điện thoại', 'phone'],
    ['Loại hình', 'kind'],
    ['Ngày thành lập', 'date'],
    ['Địa chỉ', 'place'],
    ['Điểm tự chấm', 'n'],
    ['Số chi bộ trực thuộc', 'n'],
  ] as [string, 'n' | 'person' | 'phone' | 'kind' | 'date' | 'place'][],
  /** Summaries. */
  summaryLabel: ['Năm', 'Năm đánh giá', 'Nội dung', 'Năm xếp loại', 'Năm'],
  summaryTotal: [
    'Tổng số TCCSĐ',
    'Tổng số',
    'Tổng số TCCSĐ được đánh giá',
    'TS',
    'Số TCCSĐ',
    'Tổng số TCCSĐ được xếp loại',
  ],
  count: ['SL', 'Số lượng', 'SL', 'Số TC', 'S.lượng'],
  percent: ['%', 'Tỷ lệ', 'Tỷ lệ (%)', 'TL (%)', 'Tỉ lệ %'],
  breakdownLabel: ['Loại hình', 'Loại hình TCCSĐ', 'Khối', 'Phân loại', 'Nội dung'],
  /** Registers. */
  cell: ['Tên chi bộ', 'Chi bộ', 'Chi bộ trực thuộc', 'Tên chi bộ trực thuộc', 'Chi bo'],
  commune: ['Đảng bộ xã', 'Đảng bộ', 'Xã, thị trấn', 'Thuộc đảng bộ'],
  members: ['Số ĐV', 'Số đảng viên', 'Tổng số đảng viên', 'SL ĐV', 'Đảng viên'],
  regularGroup: ['Sinh hoạt thường kỳ', 'Sinh hoạt thường kỳ (tháng)', 'SH thường kỳ', 'Tháng'],
  thematicGroup: ['Sinh hoạt chuyên đề', 'SH chuyên đề', 'Chuyên đề', 'SHCĐ'],
  thematicCount: [
    'Số buổi SH chuyên đề',
    'SH chuyên đề (buổi)',
    'Chuyên đề',
    'SHCĐ',
    'Số lần SHCĐ',
    'Số buổi sinh hoạt chuyên đề',
  ],
  regularCount: ['Tổng số buổi SH thường kỳ', 'Số buổi TK', 'Tổng số buổi'],
  attendanceRate: ['Tỷ lệ dự (%)', 'TL dự họp', 'Tỷ lệ dự'],
};

/** Month labels: a month number to a header text, by form. */
export const MONTH_FORMS: ((m: number) => string)[] = [
  (m) => `T${m}`,
  (m) => `Tháng ${m}`,
  (m) => `Th ${m}`,
  (m) => `Tháng ${String(m).padStart(2, '0')}`,
  (m) => `T${String(m).padStart(2, '0')}`,
];
/** Under a regular-meetings group label. */
export const MONTH_SUB_FORMS: ((m: number) => string)[] = [(m) => String(m), (m) => `T${m}`];

const ROMAN = ['I', 'II', 'III', 'IV'];
/** Quarter labels for thematic meetings, alone in a header row. */
export const QUARTER_FORMS: ((q: number) => string)[] = [
  (q) => `Quý ${ROMAN[q - 1]}`,
  (q) => `Quý ${q}`,
  (q) => `Q${q}`,
  (q) => `CĐ quý ${q}`,
  (q) => `CĐ Q${q}`,
  (q) => `SHCĐ Q${q}`,
  (q) => `SHCĐ quý ${ROMAN[q - 1]}`,
  (q) => `Chuyên đề quý ${ROMAN[q - 1]}`,
  (q) => `Quy ${q}`,
];
/** Under a thematic group label. */
export const QUARTER_SUB_FORMS: ((q: number) => string)[] = [
  (q) => `Quý ${ROMAN[q - 1]}`,
  (q) => `Q${q}`,
  (q) => ROMAN[q - 1]!,
  (q) => `Quý ${q}`,
];

// ------------------------------------------------------------------ titles

export const AGENCY_LINES = [
  'HUYỆN ỦY HỮU LŨNG',
  'ĐẢNG BỘ TỈNH LẠNG SƠN',
  'BAN TỔ CHỨC HUYỆN ỦY',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  '*',
  'Số: 15-BC/BTCHU',
  'HUYỆN ỦY HỮU LŨNG          ĐẢNG CỘNG SẢN VIỆT NAM',
];

export const LIST_TITLES = [
  (y: number) => `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${y}`,
  (y: number) => `KẾT QUẢ XẾP LOẠI TCCSĐ NĂM ${y}`,
  (y: number) => `Danh sách xếp loại chất lượng tổ chức cơ sở đảng năm ${y}`,
  (y: number) => `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TCCSĐ NĂM ${y}`,
  (y: number) => `XẾP LOẠI TỔ CHỨC ĐẢNG NĂM ${y}`,
  (y: number) => `Năm ${y}`,
  (y: number) => `NĂM ${y}`,
];
export const LIST_TITLES_NO_YEAR = [
  'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
  'KẾT QUẢ XẾP LOẠI TCCSĐ',
  'Danh sách xếp loại chất lượng tổ chức cơ sở đảng',
];
export const MULTI_YEAR_TITLES = [
  (a: number, b: number) => `KẾT QUẢ XẾP LOẠI TCCSĐ GIAI ĐOẠN ${a} - ${b}`,
  (a: number, b: number) => `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỪ NĂM ${a} ĐẾN NĂM ${b}`,
  () => 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG QUA CÁC NĂM',
];
export const SUMMARY_TITLES = [
  () => 'TỔNG HỢP KẾT QUẢ XẾP LOẠI',
  () => 'BẢNG TỔNG HỢP',
  (a: number, b: number) => `TỔNG HỢP KẾT QUẢ XẾP LOẠI TCCSĐ ${a} - ${b}`,
  () => 'Tổng hợp chung',
];
export const REGISTER_TITLES = [
  (y: number) => `SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM ${y}`,
  (y: number) => `TÌNH HÌNH SINH HOẠT CHI BỘ NĂM ${y}`,
  (y: number) => `Theo dõi sinh hoạt thường kỳ và chuyên đề năm ${y}`,
  (y: number) => `KẾT QUẢ THỰC HIỆN SINH HOẠT CHI BỘ NĂM ${y}`,
];
export const REGISTER_TITLES_NO_YEAR = [
  'SỔ THEO DÕI SINH HOẠT CHI BỘ',
  'TÌNH HÌNH SINH HOẠT CHI BỘ CÁC NĂM',
];
export const MEMBER_TITLES = [
  (y: number) => `DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM ${y}`,
  (y: number) => `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM ${y}`,
];

/** Lines that carry a year that is not the table's. */
export const DISTRACTOR_LINES = {
  exportDate: (y: number) => `Ngày xuất: ${pad(12)}/01/${y + 1}`,
  decision: (y: number) => `(Kèm theo Quyết định số 452-QĐ/HU ngày 14/01/${y + 1})`,
  attached: (y: number) =>
    `Kèm theo Báo cáo số 12-BC/BTCHU ngày 20/01/${y + 1} của Ban Tổ chức Huyện ủy`,
  placeDate: (y: number) => `Hữu Lũng, ngày 15 tháng 01 năm ${y + 1}`,
  unitLine: () => 'Đơn vị tính: tổ chức',
  guide: () => '(Theo Hướng dẫn số 21-HD/BTCTW ngày 21/10/2019)',
};

export const SIGNATURE_BLOCKS: ((y: number) => string[][])[] = [
  (y) => [
    ['', `Hữu Lũng, ngày 20 tháng 01 năm ${y + 1}`],
    ['NGƯỜI LẬP BIỂU', 'T/M BAN THƯỜNG VỤ'],
    ['', 'TRƯỞNG BAN'],
    [],
    ['Nguyễn Thị Hoa', 'Hoàng Văn Bình'],
  ],
  (y) => [
    ['Nơi nhận:', `Hữu Lũng, ngày 05 tháng 02 năm ${y + 1}`],
    ['- Ban Tổ chức Tỉnh ủy;', 'K/T TRƯỞNG BAN'],
    ['- Lưu.', 'PHÓ TRƯỞNG BAN'],
  ],
  () => [['Người lập biểu', '', 'Xác nhận của lãnh đạo']],
  (y) => [[`Ngày 31 tháng 12 năm ${y}`], ['Người tổng hợp'], [], ['Lê Văn Nam']],
];

export const NOTES = [
  'Đơn vị điểm năm 2018',
  'Mới thành lập',
  'Sáp nhập từ 2 chi bộ',
  'Kiện toàn cấp ủy',
  'Chuyển về từ huyện',
  'Bí thư mới',
  'Khắc phục yếu kém',
  'Có đảng viên vi phạm',
  'Đã kiểm tra',
  'x',
];

// ------------------------------------------------------------------ names

export const COMMUNES = [
  'Hòa Sơn',
  'Hòa Bình',
  'Yên Thịnh',
  'Thiện Tân',
  'Đồng Tiến',
  'Hòa Lạc',
  'Hòa Thắng',
  'Hồ Sơn',
  'Minh Hòa',
  'Minh Sơn',
  'Minh Tiến',
  'Nhật Tiến',
  'Quyết Thắng',
  'Sơn Hà',
  'Tân Lập',
  'Tân Thành',
  'Thanh Sơn',
  'Vân Nham',
  'Yên Bình',
  'Yên Sơn',
  'Yên Vượng',
  'Cai Kinh',
  'Đô Lương',
  'Đồng Tân',
  'Hữu Liên',
  'Thiện Kỵ',
  'Tân Thủy',
  'Quang Trung',
  'Ấm Hạ',
  'Xuân Thủy',
];
export const AGENCIES = [
  'Chi bộ Văn phòng Huyện ủy',
  'Chi bộ Văn phòng HĐND và UBND huyện',
  'Chi bộ Mặt trận Tổ quốc và các đoàn thể huyện',
  'Chi bộ Phòng Tài chính - Kế hoạch',
  'Chi bộ Phòng Nội vụ',
  'Chi bộ Phòng Giáo dục và Đào tạo',
  'Chi bộ Phòng Nông nghiệp và PTNT',
  'Chi bộ Phòng Tài nguyên và Môi trường',
  'Chi bộ Thanh tra huyện',
  'Chi bộ Tòa án nhân dân huyện',
  'Chi bộ Viện Kiểm sát nhân dân huyện',
  'Chi bộ Chi cục Thuế',
  'Chi bộ Kho bạc Nhà nước',
  'Chi bộ Bảo hiểm xã hội huyện',
  'Chi bộ Trường THPT Hữu Lũng',
  'Đảng bộ Trung tâm Y tế huyện',
  'Chi bộ Hạt Kiểm lâm',
];
export const ENTERPRISES = [
  'Chi bộ Công ty TNHH MTV Lâm nghiệp',
  'Chi bộ Điện lực Hữu Lũng',
  'Chi bộ Công ty CP Xi măng',
  'Chi bộ Ngân hàng Nông nghiệp và PTNT',
  'Chi bộ Ngân hàng Chính sách xã hội',
];
export const ARMED = ['Đảng bộ Quân sự huyện', 'Đảng bộ Công an huyện', 'Chi bộ Đồn Biên phòng'];

/** The kinds of organization, as group rows and breakdown lines name them. */
export const KINDS = [
  {
    id: 'commune',
    group: ['ĐẢNG BỘ XÃ, THỊ TRẤN', 'Đảng bộ xã, thị trấn', 'Khối xã, thị trấn'],
    line: ['Đảng bộ xã, thị trấn', 'Xã, thị trấn', 'Khối xã'],
  },
  {
    id: 'agency',
    group: ['CHI BỘ, ĐẢNG BỘ CƠ QUAN', 'Khối cơ quan', 'Chi bộ cơ quan, đơn vị sự nghiệp'],
    line: ['Chi bộ cơ quan', 'Khối cơ quan', 'Cơ quan, đơn vị sự nghiệp'],
  },
  {
    id: 'enterprise',
    group: ['CHI BỘ DOANH NGHIỆP', 'Khối doanh nghiệp'],
    line: ['Doanh nghiệp', 'Chi bộ doanh nghiệp'],
  },
  {
    id: 'armed',
    group: ['LỰC LƯỢNG VŨ TRANG', 'Quân sự, Công an'],
    line: ['Quân sự, Công an', 'Lực lượng vũ trang'],
  },
] as const;

export const VILLAGES = [
  'Đồng Bé',
  'Lân Châu',
  'Nà Lừa',
  'Làng Mới',
  'Đồng Mạ',
  'Bãi Lải',
  'Khuôn Vạc',
  'Pá Ỏ',
  'Trung Hòa',
  'Cầu Mới',
  'Na Hoa',
  'Đồng Chùa',
  'Bản Ngõa',
  'Hố Mười',
  'Làng Bên',
  'Đồng Tâm',
  'Phố Mới',
  'Ba Nàng',
];

export const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Hoàng',
  'Phạm',
  'Vi',
  'Lương',
  'Nông',
  'Đặng',
  'Hà',
];
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Hữu', 'Ngọc'];
export const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hà',
  'Hải',
  'Hoa',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Trung',
  'Tuấn',
  'Yến',
];

export const HELD_MARKS = ['x', 'X', 'x', 'x'];
export const NOT_HELD_WORDS = ['Không SH', 'không sinh hoạt', 'Không', '-'];
export const INVALID_MARKS = ['?', 'chưa rõ', '??', 'hoãn?'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
