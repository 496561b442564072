import type { Rule } from './rule';

export const gradeSchemeMixed: Rule = {
  meta: {
    id: 'grade.scheme-mixed',
    severity: 'warning',
    title: { vi: 'Lẫn hai cách xếp loại', en: 'Grading schemes mixed' },
    description: {
      vi: 'Một danh sách dùng cả mức xếp loại trước 2018 (Trong sạch, vững mạnh; Yếu kém) và từ 2018 (Hoàn thành xuất sắc nhiệm vụ; Không hoàn thành nhiệm vụ). Các mức vẫn được quy về bốn bậc.',
      en: 'A list uses grades of both the pre-2018 scheme (Trong sạch, vững mạnh; Yếu kém) and the 2018 one (excellent; fail). They are still mapped to four levels.',
    },
    message: {
      vi: '"{value}" thuộc cách xếp loại {other}, trong khi danh sách năm {year} dùng cách {scheme}.',
      en: '"{value}" belongs to the {otherEn} scheme, while the {year} list uses the {schemeEn} one.',
    },
  },
  check({ model, report }) {
    for (const list of model.lists) {
      for (const e of list.schemeOutliers) {
        report({
          sheet: list.table.view.name,
          row: e.row,
          col: e.gradeCol,
          value: e.gradeText,
          params: {
            value: e.gradeText,
            other: e.gradeScheme === 'pre-2018' ? 'trước 2018' : 'từ 2018',
            scheme: list.scheme === 'pre-2018' ? 'trước 2018' : 'từ 2018',
            otherEn: e.gradeScheme === 'pre-2018' ? 'pre-2018' : '2018',
            schemeEn: list.scheme === 'pre-2018' ? 'pre-2018' : '2018',
            year: list.year ?? '?',
          },
        });
      }
    }
  },
};
