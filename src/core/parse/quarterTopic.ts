import type { SheetView } from '../view/sheetView';
import { markWord } from './monthMark';
import { readNumber, type NumberCell } from './numbers';
import { isTextDate } from './textDate';

/** Does the text hold a letter (one with an upper and a lower case)? A topic does, "?" not. */
export function hasCasedLetter(text: string): boolean {
  return text.toLowerCase() !== text.toUpperCase();
}

/**
 * A quarter cell of a register that names the thematic meeting's topic ("Công tác phát triển
 * đảng viên"): a topic is one meeting held; blank, "0", "-", "không" none; a count or a day as
 * in any register; text without a letter ("?") unreadable.
 */
export function readQuarterTopic(view: SheetView, row: number, col: number): NumberCell {
  const n = readNumber(view, row, col);
  const cell = view.cell(row, col);
  if (cell.type === 'number' || cell.type === 'date') {
    return (cell.value as number) > 400 ? { ...n, value: 1, status: 'ok' } : n;
  }
  if (cell.type !== 'text') return n;
  const text = view.text(row, col).trim();
  if (!text) return { ...n, value: null, status: 'blank' };
  const word = markWord(text);
  if (word) return { ...n, value: word === 'held' ? 1 : 0, status: 'ok' };
  if (n.value !== null) return n;
  if (isTextDate(text)) return { ...n, value: 1, status: 'ok' };
  return hasCasedLetter(text) ? { ...n, value: 1, status: 'ok' } : n;
}
