import { DIGITS, LETTERS } from './charClasses';
import { withoutFootnoteMark } from './footnoteMark';
import { scoreAndGrade } from './scoreInGrade';
import { matchesByInitials, typedWords } from './gradeInitials';
import { canonicalTones, collapseSpaces, stripDiacritics, toNfc } from './normalize';
import type { Level, Scheme } from '../words';

// The levels and their names live in core/words.ts; re-exported for the modules reading them here.
export { levelLabel, LEVELS } from '../words';
export type { Level, Scheme } from '../words';

/*
 * Rating grades as typed in the board's sheets (domain.md, "Rating categories"): the four
 * grades of Quy định 132 (2018 on) and the pre-2018 grades of Hướng dẫn 27, mapped onto four
 * ordered levels.
 */

export interface RecognizedGrade {
  level: Level;
  /** 'any' for grades both schemes share ("Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"). */
  scheme: Scheme | 'any';
  /** The full name of the grade recognized. */
  canonical: string;
}

interface GradeEntry extends RecognizedGrade {
  /**
   * Other spellings seen in sheets, as typed (they are also what gradeSpellings lists). Variants
   * in spacing, commas and parentheses ("HTXS NV", "Trong sạch, vững mạnh (tiêu biểu)") need no
   * entry: recognition ignores them.
   */
  spellings: string[];
}

const GRADES: GradeEntry[] = [
  {
    level: 'excellent',
    scheme: '2018',
    canonical: 'Hoàn thành xuất sắc nhiệm vụ',
    spellings: ['HTXSNV', 'HTXS', 'XS', 'Xuất sắc', 'Hoàn thành xuất sắc'],
  },
  {
    level: 'good',
    scheme: 'any',
    canonical: 'Hoàn thành tốt nhiệm vụ',
    spellings: ['HTTNV', 'HTT', 'Tốt', 'Hoàn thành tốt'],
  },
  {
    level: 'pass',
    scheme: 'any',
    canonical: 'Hoàn thành nhiệm vụ',
    spellings: ['HTNV', 'HT', 'Hoàn thành'],
  },
  {
    level: 'fail',
    scheme: '2018',
    canonical: 'Không hoàn thành nhiệm vụ',
    spellings: ['KHTNV', 'KHT', 'Không HT', 'Không hoàn thành', 'Không HTNV'],
  },
  {
    level: 'excellent',
    scheme: 'pre-2018',
    canonical: 'Trong sạch, vững mạnh',
    spellings: ['TSVM', 'Trong sạch vững mạnh'],
  },
  {
    level: 'excellent',
    scheme: 'pre-2018',
    canonical: 'Trong sạch, vững mạnh tiêu biểu',
    spellings: ['Trong sạch vững mạnh tiêu biểu', 'TSVM tiêu biểu', 'TSVMTB'],
  },
  {
    level: 'fail',
    scheme: 'pre-2018',
    canonical: 'Yếu kém',
    spellings: ['YK'],
  },
  {
    level: 'excellent',
    scheme: 'pre-2018',
    canonical: 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ',
    spellings: ['Đủ tư cách hoàn thành xuất sắc nhiệm vụ', 'ĐTC HTXSNV'],
  },
  {
    level: 'good',
    scheme: 'pre-2018',
    canonical: 'Đủ tư cách, hoàn thành tốt nhiệm vụ',
    spellings: ['Đủ tư cách hoàn thành tốt nhiệm vụ', 'ĐTC HTTNV'],
  },
  {
    level: 'pass',
    scheme: 'pre-2018',
    canonical: 'Đủ tư cách, hoàn thành nhiệm vụ',
    spellings: ['Đủ tư cách hoàn thành nhiệm vụ', 'ĐTC HTNV'],
  },
  {
    level: 'fail',
    scheme: 'pre-2018',
    canonical: 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ',
    spellings: ['Vi phạm tư cách', 'VPTC'],
  },
];

/**
 * A grade text as compared: NFC, one tone placement, lower case, punctuation and spaces gone.
 * Spaces are dropped as well so "HTX SNV"-style splits and "Không HT" / "KhôngHT" agree.
 */
const NOT_LETTER_OR_DIGIT = new RegExp(`[^${LETTERS}${DIGITS}]`, 'g');

function gradeForm(s: string): string {
  return collapseSpaces(canonicalTones(toNfc(s)).toLowerCase())
    .replace(NOT_LETTER_OR_DIGIT, '')
    .normalize('NFC');
}

/** The same without diacritics, for text typed with no Vietnamese keyboard at all. */
function bareForm(s: string): string {
  return stripDiacritics(gradeForm(s)).toLowerCase();
}

function hasDiacritics(s: string): boolean {
  return stripDiacritics(s) !== s;
}

/** "… nhiệm vụ" is often shortened to "… NV". */
function withShortNv(spellings: string[]): string[] {
  const out = [...spellings];
  for (const s of spellings) {
    if (/nhiệm vụ$/i.test(s)) out.push(s.replace(/nhiệm vụ$/i, 'NV'));
  }
  return out;
}

const EXACT = new Map<string, GradeEntry>();
const BARE = new Map<string, GradeEntry>();
for (const g of GRADES) {
  for (const s of withShortNv([g.canonical, ...g.spellings])) {
    EXACT.set(gradeForm(s), g);
    BARE.set(bareForm(s), g);
  }
}

function result(g: GradeEntry): RecognizedGrade {
  return { level: g.level, scheme: g.scheme, canonical: g.canonical };
}

/**
 * The grade a cell's text names, or null. Tolerates case, spacing, commas, a trailing period,
 * NFD, both tone placements, and text typed entirely without diacritics ("Hoan thanh tot nhiem
 * vu"). Text that has diacritics must have the right ones: "Hoàn thành tôt nhiệm vụ" is a typo
 * to report (see suggestGrade), not a grade to count silently.
 */
export function recognizeGrade(text: string): RecognizedGrade | null {
  const form = gradeForm(text);
  if (!form) return null;
  const exact = EXACT.get(form);
  if (exact) return result(exact);
  if (!hasDiacritics(form)) {
    const bare = BARE.get(form);
    if (bare) return result(bare);
  }
  return (
    byInitials(text) ??
    withRemark(text) ??
    withTrailingRemark(text) ??
    withFootnote(text) ??
    withScore(text)
  );
}

/** A grade typed with its score before it ("74 - HTXSNV", "85đ/HTTNV"); see scoreInGrade.ts. */
function withScore(text: string): RecognizedGrade | null {
  const typed = scoreAndGrade(text);
  return typed ? recognizeGrade(typed.grade) : null;
}

/** A grade with a footnote mark glued on ("HTTNV¹"); see footnoteMark.ts. */
function withFootnote(text: string): RecognizedGrade | null {
  const head = withoutFootnoteMark(text);
  return head ? recognizeGrade(head) : null;
}

/** A grade's name with some words written as initials ("HT tốt NV"); see gradeInitials.ts. */
function byInitials(text: string): RecognizedGrade | null {
  const typed = typedWords(text);
  if (!typed) return null;
  for (const g of GRADES) {
    if (matchesByInitials(typed, g.canonical)) return result(g);
    for (const name of g.spellings) if (matchesByInitials(typed, name)) return result(g);
  }
  return null;
}

/**
 * A grade followed by a remark in parentheses, as boards note a proposal beside it: "Hoàn thành
 * tốt nhiệm vụ (đề nghị khen)". The grade counts; a remark that names a grade itself ("HTTNV
 * (HTXSNV)") leaves the cell ambiguous, so it is not read.
 */
function withRemark(text: string): RecognizedGrade | null {
  const m = /^([^()]+?)\s*\(([^()]*)\)[\s.]*$/.exec(text);
  if (!m) return null;
  const grade = recognizeGrade(m[1]!);
  if (!grade || recognizeGrade(m[2]!)) return null;
  return grade;
}

/** Longest text a grade is typed as before its remark, with room for stray spaces. */
const MAX_GRADE_HEAD = 80;

/** Where a remark may start after a grade: a comma, semicolon or colon, or a spaced dash. */
const REMARK_BREAK = /[,;:]|\s[-\u2013\u2014]|[-\u2013\u2014]\s|\u2013|\u2014/g;

/**
 * A grade followed by a remark after a comma, semicolon or dash, as typed in the grade cell
 * itself: "Hoàn thành tốt nhiệm vụ, đề nghị khen", "HTTNV - đề nghị UBKT xem xét". The shortest
 * leading text that is a grade is the grade ("Trong sạch, vững mạnh, …" needs its own comma). A
 * remark that names a grade ("HTTNV - HTXSNV", "…, đề nghị Hoàn thành tốt nhiệm vụ") leaves the
 * cell ambiguous: not read.
 */
function withTrailingRemark(text: string): RecognizedGrade | null {
  for (const m of text.matchAll(REMARK_BREAK)) {
    // No grade runs longer: past it, a long text's every comma would be tried (a 38 MB cell).
    if (m.index > MAX_GRADE_HEAD) return null;
    const head = text.slice(0, m.index);
    if (!head.trim()) continue;
    const grade = recognizeGrade(head);
    if (!grade) continue;
    const remark = text.slice(m.index + m[0].length);
    if (!gradeForm(remark) || namesGrade(remark)) return null;
    return grade;
  }
  return null;
}

/**
 * Names that say a grade inside free text: the full names (and "… NV"), the abbreviations of four
 * letters or more, and "xuất sắc". Short words such as "tốt" or "hoàn thành" are everyday
 * Vietnamese in a remark ("đã hoàn thành kiểm điểm"), not a second grade.
 */
const NAMING = new Set<string>();
const NAMING_BARE = new Set<string>();
for (const g of GRADES) {
  const names = withShortNv([g.canonical, ...g.spellings]).filter(
    (s) => /\s/.test(s) || s.length >= 4,
  );
  for (const s of [...names, 'Xuất sắc']) {
    if (['Hoàn thành', 'Không hoàn thành', 'Không HT', 'Vi phạm tư cách'].includes(s)) continue;
    NAMING.add(gradeForm(s));
    NAMING_BARE.add(bareForm(s));
  }
}
const MAX_NAME_WORDS = 9;

/** Whether some run of a remark's words names a grade. */
function namesGrade(remark: string): boolean {
  const words = remark.split(/[\s,;:()\-\u2013\u2014./]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + MAX_NAME_WORDS); j++) {
      const run = words.slice(i, j).join(' ');
      const form = gradeForm(run);
      if (NAMING.has(form)) return true;
      if (!hasDiacritics(form) && NAMING_BARE.has(form)) return true;
    }
  }
  return false;
}

/** Optimal-string-alignment distance: Levenshtein plus swaps of neighbours ("HTTVN"). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j]!;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * Edits allowed for a text of this length: none up to three letters (one edit turns "STT" into
 * "HTT"), one up to seven ("HTTVN"), about one in five beyond.
 */
function tolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return Math.floor(length / 5);
}

/**
 * The nearest known grade (its full name) for a text recognizeGrade does not accept, or null
 * when nothing is close. Compares without diacritics, so a wrong or missing mark costs nothing
 * and a mistyped abbreviation ("HTTVN") costs one edit.
 */
export function suggestGrade(text: string): string | null {
  const recognized = recognizeGrade(text);
  if (recognized) return recognized.canonical;
  const bare = bareForm(text);
  if (!bare) return null;
  const limit = tolerance(bare.length);
  let best: { entry: GradeEntry; distance: number; fine: number } | null = null;
  const form = gradeForm(text);
  for (const [key, entry] of BARE) {
    if (Math.abs(key.length - bare.length) > limit) continue;
    const distance = editDistance(bare, key);
    if (distance > limit) continue;
    // Ties go to the spelling closest with diacritics taken into account.
    const fine = Math.min(
      ...withShortNv([entry.canonical, ...entry.spellings]).map((s) =>
        editDistance(form, gradeForm(s)),
      ),
    );
    if (!best || distance < best.distance || (distance === best.distance && fine < best.fine)) {
      best = { entry, distance, fine };
    }
  }
  return best ? best.entry.canonical : null;
}

/**
 * The exact texts a COUNTIFS formula should count for a level under a scheme: full names,
 * abbreviations and short forms as typically typed, and the full name without diacritics.
 * COUNTIFS ignores case, so spellings that differ only in case are listed once (listing both
 * would count a cell twice). None contains a COUNTIFS wildcard (* ? ~).
 */
export function gradeSpellings(level: Level, scheme: Scheme): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string): void => {
    const k = s.toLowerCase();
    if (seen.has(k)) return;
    seen.add(k);
    out.push(s);
  };
  for (const g of GRADES) {
    if (g.level !== level || (g.scheme !== scheme && g.scheme !== 'any')) continue;
    const typed = [g.canonical, ...g.spellings];
    typed.forEach(add);
    // The full name typed without a Vietnamese keyboard; shorter forms rarely are.
    add(stripDiacritics(g.canonical));
  }
  return out;
}
