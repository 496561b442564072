import type { ManifestContext } from '../context';
import { at, child, childrenNamed, localName, walk } from '../xmlTree';

/** Office 2019's API set: the newest Bảng Kiểm may require; newer ones are detected at run time. */
export const EXCEL_API_FLOOR = '1.7';

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export function checkRequirements(m: ManifestContext): string[] {
  const problems: string[] = [];
  const hosts = child(m.app, 'Hosts');
  const hostNames = hosts ? childrenNamed(hosts, 'Host').map((h) => h.attrs.Name) : [];
  if (hostNames.length !== 1 || hostNames[0] !== 'Workbook') {
    problems.push(
      `<Hosts> must name exactly one host, Workbook (it names ${hostNames.join(', ') || 'none'})`,
    );
  }
  const locale = child(m.app, 'DefaultLocale')?.text;
  if (locale !== 'en-US') problems.push(`<DefaultLocale> is "${locale ?? ''}", expected "en-US"`);

  const sets = at(m.app, ['Requirements', 'Sets']);
  const excel = sets ? childrenNamed(sets, 'Set').filter((s) => s.attrs.Name === 'ExcelApi') : [];
  if (excel.length !== 1) {
    problems.push(
      `<Requirements> must require ExcelApi ${EXCEL_API_FLOOR} once (<Set Name="ExcelApi" MinVersion="${EXCEL_API_FLOOR}"/>); found ${excel.length}`,
    );
  } else {
    const v = excel[0]!.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion ?? '1.1';
    if (v !== EXCEL_API_FLOOR) {
      problems.push(
        `<Requirements> require ExcelApi ${v}; they must say ExcelApi ${EXCEL_API_FLOOR}`,
      );
    }
  }
  // A higher set anywhere (here or in VersionOverrides) would hide the add-in from Office 2019.
  for (const el of walk(m.app)) {
    if (localName(el.name) !== 'Set' || el.attrs.Name !== 'ExcelApi') continue;
    const v = el.attrs.MinVersion ?? '1.1';
    if (compareVersions(v, EXCEL_API_FLOOR) > 0) {
      problems.push(
        `ExcelApi ${v} is required; Bảng Kiểm must load on ExcelApi ${EXCEL_API_FLOOR} (Office 2019) and detect newer APIs at run time`,
      );
    }
  }
  return problems;
}
