import type { Rule } from './rule';

export const settingInvalidValue: Rule = {
  meta: {
    id: 'setting.invalid-value',
    severity: 'warning',
    title: { vi: 'Giá trị cài đặt sai', en: 'Invalid setting value' },
    description: {
      vi: 'Một cài đặt trên trang cài đặt của Bảng Kiểm có giá trị sai kiểu hoặc ngoài khoảng cho phép. Bảng Kiểm bỏ qua giá trị đó và dùng giá trị mặc định (hoặc giá trị của tệp cài đặt).',
      en: 'A setting on one of Bảng Kiểm’s settings sheets has a value of the wrong type or out of range. Bảng Kiểm ignores it and uses the default (or the settings file’s value).',
    },
    message: {
      vi: 'Cài đặt "{key}" ở ô {cell} có giá trị "{value}" không hợp lệ (cần {expected}); Bảng Kiểm bỏ qua giá trị này.',
      en: 'Setting "{key}" in cell {cell} has the value "{value}", which is not valid (expected {expected}); Bảng Kiểm ignores it.',
    },
  },
  check({ model, report }) {
    for (const p of model.settingProblems) {
      if (p.problem !== 'invalid-value') continue;
      report({
        sheet: p.sheet,
        row: p.row,
        col: p.col,
        value: p.value,
        params: {
          key: p.key.replace(/^bk:/, ''),
          value: String(p.value),
          expected: p.expected ?? '',
        },
      });
    }
  },
};
