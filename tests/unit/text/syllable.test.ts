import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isVietnameseSyllable } from '../../../src/core/text/syllable';

describe('isVietnameseSyllable', () => {
  const valid = [
    'a',
    'Hòa',
    'Hoà',
    'hoặc',
    'khỏe',
    'nghiêng',
    'người',
    'Trường',
    'khuỷu',
    'khuya',
    'thuở',
    'Huế',
    'quốc',
    'Quý',
    'Quỳnh',
    'gì',
    'giữ',
    'xoong',
    'Việt',
    'ĐẢNG',
    'tuyển',
    'ngoài',
    'xoáy',
    'ấy',
    'yêu',
    'ươn',
  ];
  const invalid = [
    '',
    'Hoưa',
    'Müller',
    'seđor',
    'Viêt', // a stop coda takes only the acute or the dot below
    'Viềt',
    'ẹoàng',
    'ăn̉g',
    'ă',
    'â',
    'Đ',
    'qa',
    'àg',
    'TCCSĐ',
    'straße',
    'hòá',
  ];
  it.each(valid.map((w) => [w]))('%j is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
    expect(isVietnameseSyllable(w.normalize('NFD'))).toBe(true);
  });
  it.each(invalid.map((w) => [w]))('%j is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });

  it('accepts every word of the article except abbreviations', () => {
    const article = readFileSync(join(__dirname, 'corpus', 'seed-article-vi.txt'), 'utf8');
    const rejected = [...new Set([...article.matchAll(/\p{L}+/gu)].map((m) => m[0]))].filter(
      (w) => !isVietnameseSyllable(w),
    );
    // TCCSĐ is an abbreviation; "LũngChất" is two words run together in the source.
    expect(rejected.sort()).toEqual(['LũngChất', 'TCCSĐ']);
  });
});
