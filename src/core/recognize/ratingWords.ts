import { recognizeGrade } from '../text/grades';
import { labelKey } from '../text/normalize';

/**
 * Ratings of other systems typed where a grade belongs: school marks ("Khá", "Trung bình"),
 * pass marks ("Đạt"), letter classes ("Loại A"), emulation titles ("Tiên tiến") and the half of
 * an old grade ("Vững mạnh"). No grade of either scheme, but they rate: in a column of grades
 * they are its defects, not a sign that the column holds something else.
 */
const OTHER_RATINGS =
  /^(kha|kha tot|trung binh|yeu|kem|dat|khong dat|chua dat|tien tien|vung manh|gioi|loai [a-d1-4])$/;

export function isRatingWord(text: string): boolean {
  if (text.length > 50) return false;
  if (OTHER_RATINGS.test(labelKey(text))) return true;
  // A grade with a word added ("Tốt lắm", "Hoàn thành tốt nhiệm vụ 2020" aside): still a rating.
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 && words.length <= 4 && recognizeGrade(words.slice(0, -1).join(' ')) !== null
  );
}
