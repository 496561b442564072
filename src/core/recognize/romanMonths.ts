const ROMAN_MONTH: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

/**
 * A month headed in Roman numerals: "Tháng IX", "T.IX", "Th IX", or a bare "IX" under a group
 * that names the months ("Sinh hoạt chi bộ các tháng"). A bare "I" or "II" elsewhere is a group
 * number, so it is read only under such a group; the table still needs six month columns.
 */
export function romanMonthOf(label: string, underMonthGroup: boolean): number | null {
  const m =
    /^(?:t|th|thang) ?([ivx]{1,4})$/.exec(label) ??
    (underMonthGroup ? /^([ivx]{1,4})$/.exec(label) : null);
  return m ? (ROMAN_MONTH[m[1]!] ?? null) : null;
}

/**
 * Does a row of labels, left to right, hold six or more Roman months in a climbing run (I, II,
 * III…)? Only then are its numerals month headers: a lone "X" or "V" is a tick, "I" a group number.
 */
export function hasRomanMonthRun(labels: string[]): boolean {
  let run = 0;
  let last = 0;
  for (const label of labels) {
    const n = romanMonthOf(label, true);
    if (n === null) continue;
    run = n === last + 1 ? run + 1 : 1;
    last = n;
    if (run >= 6) return true;
  }
  return false;
}
