import { detach } from '../../../src/hosts/xlsx/read/xmlText';

describe('detach', () => {
  const texts = [
    'Bùi Thị Bình',
    'Nguyễn Văn An 1234567',
    'Hoàn thành tốt nhiệm vụ',
    'a "quoted" name, long enough',
    'C:\\Users\\bo-to-chuc\\danh-sach.xlsx',
    'tab\tand\nnewline and \u0001 control',
    'line\u2028separator\u2029paragraph long',
    'lone \ud800 surrogate and \udfff too',
    '😀 emoji outside the basic plane 😀',
    '/* not json */ {"a": [1, 2]} \\u0041 kept as written',
    'x'.repeat(40_000),
  ];

  it.each(texts)('copies %j character for character', (text) => {
    // Cut from a longer text, as the reader cuts cells from sheet XML.
    const parent = `<c><v>${text}</v></c>`;
    const cut = parent.slice(6, 6 + text.length);
    expect(detach(cut)).toBe(text);
    expect(detach(cut).length).toBe(text.length);
  });
});
