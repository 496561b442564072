/**
 * A tiny anti-aliased rasterizer: shapes are signed-distance functions in a 128 × 128 design
 * space, painted in order (later over earlier) with 4 × 4 supersampling per pixel.
 */

export const DESIGN = 128;

export type Rgb = [number, number, number];

export interface Shape {
  /** Negative inside, positive outside, in design units. */
  distance(x: number, y: number): number;
  color: Rgb;
}

export function hex(color: string): Rgb {
  const n = parseInt(color.replace('#', ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function roundedRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  color: Rgb,
): Shape {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return {
    color,
    distance(x, y) {
      const qx = Math.abs(x - cx) - hx;
      const qy = Math.abs(y - cy) - hy;
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
      return outside + Math.min(Math.max(qx, qy), 0) - radius;
    },
  };
}

export function circle(cx: number, cy: number, r: number, color: Rgb): Shape {
  return { color, distance: (x, y) => Math.hypot(x - cx, y - cy) - r };
}

function segmentDistance(x: number, y: number, a: [number, number], b: [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A stroked polyline with round caps and joins. */
export function stroke(points: [number, number][], width: number, color: Rgb): Shape {
  return {
    color,
    distance(x, y) {
      let d = Infinity;
      for (let i = 1; i < points.length; i++) {
        d = Math.min(d, segmentDistance(x, y, points[i - 1]!, points[i]!));
      }
      return d - width / 2;
    },
  };
}

/** Renders the shapes at `size` pixels square; returns RGBA bytes, transparent background. */
export function render(shapes: Shape[], size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  const scale = DESIGN / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          for (let i = shapes.length - 1; i >= 0; i--) {
            const s = shapes[i]!;
            if (s.distance(x, y) <= 0) {
              r += s.color[0];
              g += s.color[1];
              b += s.color[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return out;
}
