/**
 * Encoders for the legacy Vietnamese encodings boards still type in: TCVN3 (ABC, .VnTime fonts)
 * and VNI (VNI-Times). Written from the encodings' tables, independently of the engine's
 * decoders, so a generated sheet tests them rather than mirrors them.
 */

// TCVN3: one byte per letter, read by Unicode fonts as Latin-1. Capitals with tone marks have
// no code: a capital font draws the lowercase codes, so those letters are written lowercase.
const TCVN3: Record<string, string> = {
  à: 'µ',
  ả: '¶',
  ã: '·',
  á: '¸',
  ạ: '¹',
  ă: '¨',
  ằ: '»',
  ẳ: '¼',
  ẵ: '½',
  ắ: '¾',
  ặ: 'Æ',
  â: '©',
  ầ: 'Ç',
  ẩ: 'È',
  ẫ: 'É',
  ấ: 'Ê',
  ậ: 'Ë',
  đ: '®',
  Đ: '§',
  è: 'Ì',
  ẻ: 'Î',
  ẽ: 'Ï',
  é: 'Ð',
  ẹ: 'Ñ',
  ê: 'ª',
  ề: 'Ò',
  ể: 'Ó',
  ễ: 'Ô',
  ế: 'Õ',
  ệ: 'Ö',
  ì: '×',
  ỉ: 'Ø',
  ĩ: 'Ü',
  í: 'Ý',
  ị: 'Þ',
  ò: 'ß',
  ỏ: 'á',
  õ: 'â',
  ó: 'ã',
  ọ: 'ä',
  ô: '«',
  ồ: 'å',
  ổ: 'æ',
  ỗ: 'ç',
  ố: 'è',
  ộ: 'é',
  ơ: '¬',
  ờ: 'ê',
  ở: 'ë',
  ỡ: 'ì',
  ớ: 'í',
  ợ: 'î',
  ù: 'ï',
  ủ: 'ñ',
  ũ: 'ò',
  ú: 'ó',
  ụ: 'ô',
  ư: '\u00ad',
  ừ: 'õ',
  ử: 'ö',
  ữ: '÷',
  ứ: 'ø',
  ự: 'ù',
  ỳ: 'ú',
  ỷ: 'û',
  ỹ: 'ü',
  ý: 'ý',
  ỵ: 'þ',
  Ă: '¡',
  Â: '¢',
  Ê: '£',
  Ô: '¤',
  Ơ: '¥',
  Ư: '¦',
};

export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = TCVN3[ch];
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const lower = ch.toLowerCase();
    out += TCVN3[lower] ?? ch;
  }
  return out;
}

// VNI: a base letter followed by mark bytes. The tone mark's byte depends on the base: plain
// vowels, circumflex vowels and breve "a" each use their own set.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // sắc huyền hỏi ngã nặng
const PLAIN_MARKS = ['ù', 'ø', 'û', 'õ', 'ï'];
const HAT_MARKS = ['á', 'à', 'å', 'ã', 'ä'];
const BREVE_MARKS = ['é', 'è', 'ú', 'ü', 'ë'];
const I_LETTERS = ['í', 'ì', 'æ', 'ó', 'ò'];

export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d[0] ?? '';
    const rest = d.slice(1);
    const tone = TONES.findIndex((t) => rest.includes(t));
    const shape = rest.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
    const upper = base !== base.toLowerCase();
    const up = (s: string) => (upper ? s.toUpperCase() : s);
    if (ch === 'đ') {
      out += 'ñ';
      continue;
    }
    if (ch === 'Đ') {
      out += 'Ñ';
      continue;
    }
    if (!/[aeiouyAEIOUY]/.test(base)) {
      out += ch;
      continue;
    }
    if (base.toLowerCase() === 'i' && shape === '') {
      out += tone < 0 ? base : up(I_LETTERS[tone] ?? base);
      continue;
    }
    if (shape === '\u0302') {
      out += base + up(tone < 0 ? 'â' : (HAT_MARKS[tone] ?? ''));
    } else if (shape === '\u0306') {
      out += base + up(tone < 0 ? 'ê' : (BREVE_MARKS[tone] ?? ''));
    } else if (shape === '\u031b') {
      // ơ and ư are single letters in VNI; their tone takes the plain vowels' mark.
      out +=
        up(base.toLowerCase() === 'o' ? 'ô' : 'ö') + (tone < 0 ? '' : up(PLAIN_MARKS[tone] ?? ''));
    } else if (base.toLowerCase() === 'y' && tone === 4) {
      out += up('î');
    } else {
      out += base + (tone < 0 ? '' : up(PLAIN_MARKS[tone] ?? ''));
    }
  }
  return out;
}
