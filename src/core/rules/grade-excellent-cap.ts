import type { ListEntry, RatingList } from '../parse/ratingList';
import type { Rule } from './rule';

export const gradeExcellentCap: Rule = {
  meta: {
    id: 'grade.excellent-cap',
    severity: 'warning',
    title: { vi: 'Vượt tỷ lệ xuất sắc', en: 'Too many excellent' },
    description: {
      vi: 'Số được xếp loại "Hoàn thành xuất sắc nhiệm vụ" vượt quá 20% số "Hoàn thành tốt nhiệm vụ" (Hướng dẫn 21-HD/BTCTW; tỷ lệ và cơ sở tính là cài đặt). Kiểm tra theo từng tổ chức cơ sở đảng với danh sách đảng viên; với danh sách tổ chức chỉ khi bật trong cài đặt.',
      en: 'Those graded excellent exceed 20% of those graded good (Hướng dẫn 21-HD/BTCTW; the ratio and its base are settings). Checked per organization in member lists; in organization lists only when turned on.',
    },
    message: {
      vi: '{org}: {excellent} xuất sắc, vượt {ratio}% của {base} ({baseLabel}); tối đa {max}.',
      en: '{org}: {excellent} excellent, more than {ratio}% of {base} ({baseLabelEn}); at most {max}.',
    },
  },
  check({ model, settings, report }) {
    const cap = settings.excellentCap;
    for (const list of model.lists) {
      const members = list.table.subject === 'member';
      if (members ? !cap.members : !cap.organizations) continue;
      const groups = members ? groupByOrg(list) : [{ org: yearLabel(list), entries: list.entries }];
      for (const g of groups) {
        const counted = g.entries.filter((e) => e.status === 'ok' && e.duplicateOf === undefined);
        const excellent = counted.filter((e) => e.level === 'excellent').length;
        const good = counted.filter((e) => e.level === 'good').length;
        const base = cap.base === 'good' ? good : good + excellent;
        const max = Math.floor(base * cap.ratio + 1e-9);
        if (excellent <= max) continue;
        const first = g.entries[0]!;
        report({
          sheet: list.table.view.name,
          row: first.row,
          col: list.table.orgCol ?? list.table.nameCol,
          range: {
            r0: first.row,
            c0: list.table.orgCol ?? list.table.nameCol,
            r1: g.entries[g.entries.length - 1]!.row,
            c1: list.gradeCol,
          },
          expected: max,
          actual: excellent,
          params: {
            org: g.org,
            excellent,
            ratio: Math.round(cap.ratio * 1000) / 10,
            base,
            max,
            baseLabel: cap.base === 'good' ? 'số hoàn thành tốt' : 'số hoàn thành tốt trở lên',
            baseLabelEn: cap.base === 'good' ? 'those graded good' : 'those graded good or better',
          },
        });
      }
    }
  },
};

function groupByOrg(list: RatingList): { org: string; entries: ListEntry[] }[] {
  const groups = new Map<string, { org: string; entries: ListEntry[] }>();
  for (const e of list.entries) {
    const key = e.orgKey ?? '';
    const g = groups.get(key) ?? { org: e.org || list.table.view.name, entries: [] };
    g.entries.push(e);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function yearLabel(list: RatingList): string {
  return list.year !== null ? `${list.table.view.name} (${list.year})` : list.table.view.name;
}
