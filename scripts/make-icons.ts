/**
 * Draws the add-in's icons (a clipboard with ticked rows, calm blue with a gold clip) and writes
 * them to assets/icon-<size>.png. The PNGs are committed; rerun this after changing the drawing:
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './icons/png';
import { circle, hex, render, roundedRect, stroke, type Shape } from './icons/raster';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BOARD = hex('#1F4E79');
const PAPER = hex('#FFFFFF');
const CLIP = hex('#E8A317');
const TICK = hex('#2E75B6');
const LINE = hex('#A9BCD0');

/**
 * Small icons get fewer, thicker rows: a stroke under about 1.5 px turns to mush at 16 px.
 */
function clipboard(size: number): Shape[] {
  const small = size <= 32;
  const tiny = size <= 16;
  const rows = small ? [56, 88] : [50, 73, 96];
  const tickWidth = tiny ? 14 : small ? 11 : 7;
  const lineWidth = small ? 9 : 6;
  const tick = tiny
    ? { x0: 32, x1: 44, x2: 60, h: 10, line: 70 }
    : { x0: 33, x1: 40, x2: 53, h: 7, line: 62 };
  const shapes: Shape[] = [
    roundedRect(14, 12, 114, 124, 12, BOARD),
    roundedRect(24, 26, 104, 114, 5, PAPER),
    roundedRect(40, 4, 88, 30, 8, CLIP),
  ];
  if (!small) shapes.push(circle(64, 13, 4, BOARD));
  for (const y of rows) {
    shapes.push(
      stroke(
        [
          [tick.x0, y],
          [tick.x1, y + tick.h],
          [tick.x2, y - tick.h],
        ],
        tickWidth,
        TICK,
      ),
    );
    shapes.push(
      stroke(
        [
          [tick.line, y],
          [94, y],
        ],
        lineWidth,
        LINE,
      ),
    );
  }
  return shapes;
}

export function iconPng(size: number): Buffer {
  return encodePng(size, size, render(clipboard(size), size));
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
