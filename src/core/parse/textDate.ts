/**
 * A day typed as text in a register cell. Staff type "15/3", "15.3.2024", "15-03-24"; web forms,
 * scripts and other programs' exports write ISO "2024-03-15", often with a time ("2024-03-15
 * 08:00:00", "2024-03-15T08:00"). Either is the day a meeting was held. The ISO forms are the
 * zero-padded ones programs write; the written formulas (plan/dayFormulas.ts, plan/typedMarks.ts)
 * know all of these by a digit first and a separator after it, without any locale's date parsing.
 */
const DAY_MONTH = /^\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{2,4})?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/** An ISO day ("2024-03-15", with or without a time) whose month and day exist. */
export function isIsoDayText(text: string): boolean {
  const m = ISO_DAY.exec(text.trim());
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** "15/3", "15.3.24", "2024-03-15": a day typed as text. */
export function isTextDate(text: string): boolean {
  const t = text.trim();
  return DAY_MONTH.test(t) || isIsoDayText(t);
}
