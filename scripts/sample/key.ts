/** What the sample's answer key records while the sheets are written, and the fixed facts of both. */
import type { Level } from '../../src/core/report/types';

export type { Level };

export type Counts = Record<Level, number>;
export type Scheme = 'pre-2018' | '2018';

export interface Issue {
  rule: string;
  sheet: string;
  cell?: string;
  row?: number;
  note: string;
}

export interface MeetingKey {
  sheet: string;
  row: number;
  year: number;
  commune: string;
  cell: string;
  members: number;
  regular: number;
  thematicByQuarter: (number | null)[];
  compliant: boolean | null;
}

export const FIXED_DATE = new Date(Date.UTC(2022, 2, 15, 8, 0, 0));
export const SYNTHETIC_NOTE =
  'Dữ liệu giả lập, lập ra để kiểm thử Bảng Kiểm; số liệu khớp với bài báo năm 2022 về huyện Hữu Lũng (58 TCCSĐ, các xã điểm 2017–2021) nhưng không phải số liệu thật. / Synthetic data made for testing, consistent with the article; not real records.';

export const issues: Issue[] = [];
export const ratings: Record<string, { scheme: Scheme; sheet: string; counts: Counts }> = {};
export const meetings: MeetingKey[] = [];
