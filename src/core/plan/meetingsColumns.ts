/** Columns of the meetings sheet's per-cell rows, shared by register rows and log rows. */
export const MEETING_COLS = {
  YEAR: 0,
  COMMUNE: 1,
  CELL: 2,
  LINK: 3,
  REGULAR: 4,
  UNKNOWN: 5,
  Q1: 6,
  VERDICT: 10,
} as const;
