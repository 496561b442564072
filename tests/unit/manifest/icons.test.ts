import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { encodePng } from '../../../scripts/icons/png';
import { ICON_SIZES, iconPng } from '../../../scripts/make-icons';
import { pngSize } from '../../../scripts/manifest/pngSize';

const ASSETS = join(__dirname, '..', '..', '..', 'assets');

/** The RGBA pixels of an 8-bit RGBA PNG with filter 0 on every line (what encodePng writes). */
function pixels(png: Buffer): { width: number; rgba: Buffer } {
  const size = pngSize(png)!;
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length;) {
    const len = png.readUInt32BE(o);
    if (png.toString('latin1', o + 4, o + 8) === 'IDAT')
      idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const line = size.width * 4 + 1;
  const rgba = Buffer.alloc(size.width * 4 * size.height);
  for (let y = 0; y < size.height; y++) {
    expect(raw[y * line]).toBe(0);
    raw.copy(rgba, y * size.width * 4, y * line + 1, (y + 1) * line);
  }
  return { width: size.width, rgba };
}

describe('icons', () => {
  it('encodePng writes a PNG whose header and pixels read back', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = encodePng(3, 2, rgba);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect([...pixels(png).rgba]).toEqual([...rgba]);
  });

  it('pngSize refuses what is not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a...................'))).toBeNull();
    expect(pngSize(new Uint8Array(4))).toBeNull();
  });

  it.each(ICON_SIZES)('assets/icon-%i.png is what scripts/make-icons.ts draws', (size) => {
    const committed = readFileSync(join(ASSETS, `icon-${size}.png`));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(pixels(committed).rgba.equals(pixels(iconPng(size)).rgba)).toBe(true);
  });

  it('the icons are opaque in the middle and transparent in the corners', () => {
    for (const size of ICON_SIZES) {
      const { rgba } = pixels(readFileSync(join(ASSETS, `icon-${size}.png`)));
      const alpha = (x: number, y: number) => rgba[(y * size + x) * 4 + 3];
      expect(alpha(0, 0)).toBe(0);
      expect(alpha(size - 1, size - 1)).toBe(0);
      expect(alpha(size >> 1, size >> 1)).toBe(255);
    }
  });
});
