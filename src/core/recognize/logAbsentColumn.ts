import { labelKey } from '../text/normalize';
import type { HeaderBand } from './headerBand';

const PRESENT = /\b(co mat|du|tham du|tham gia)\b/;
const ABSENT = /\bvang\b/;

/**
 * A log that counts who came ("Có mặt", "Số đảng viên có mặt") and who did not ("Vắng", "Số đảng
 * viên vắng mặt") instead of who came of how many: by size alone the absent count would pass for
 * who came and who came for the members. The members are then the two added up.
 */
export function presentAndAbsent(
  band: HeaderBand,
  attendingCol: number | undefined,
  membersCol: number | undefined,
): { attendingCol?: number; membersCol?: number; absentCol?: number } {
  const label = (c: number | undefined) =>
    c === undefined ? '' : labelKey(band.columns.find((x) => x.col === c)?.raw.join(' ') ?? '');
  const [a, m] = [label(attendingCol), label(membersCol)];
  // Who came is the bigger of the two, so it was taken for the members.
  if (ABSENT.test(a) && PRESENT.test(m) && !ABSENT.test(m))
    return { attendingCol: membersCol, absentCol: attendingCol };
  if (ABSENT.test(m) && PRESENT.test(a) && !ABSENT.test(a))
    return { attendingCol, absentCol: membersCol };
  return { attendingCol, membersCol };
}
