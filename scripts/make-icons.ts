/**
 * Draws the add-in's icons into assets/: the add-in icon and one icon per ribbon button, each at
 * 16, 32, 64 and 80 px (the sizes manifest.xml names). A white glyph on the brand colour, drawn
 * from simple shapes in a unit square and rasterised with supersampling, so every size is the
 * same drawing and the files are reproducible. `npx tsx scripts/make-icons.ts`.
 */
import fs from 'fs';
import path from 'path';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];
/** A shape: is the point (x, y) of the unit square (origin top left) inside it? */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  color: Rgba;
  shape: Shape;
}

export const BRAND: Rgba = [0x1b, 0x5e, 0x8c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [0x4c, 0xc3, 0x6e, 255];
const YELLOW: Rgba = [0xf6, 0xc9, 0x45, 255];
const RED: Rgba = [0xec, 0x5b, 0x5b, 255];
const ERASER_TIP: Rgba = [0xf4, 0xa6, 0xb8, 255];
const PAPER_FOLD: Rgba = [0xc9, 0xdb, 0xea, 255];

export const ICON_SIZES = [16, 32, 64, 80] as const;

// ---- shapes ----

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (!rect(x0, y0, x1, y1)(x, y)) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Points within w/2 of the segment p–q (a stroke with round caps). */
function segment(p: [number, number], q: [number, number], w: number): Shape {
  const [px, py] = p;
  const dx = q[0] - px;
  const dy = q[1] - py;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - px) * dx + (y - py) * dy) / len2));
    return (x - px - t * dx) ** 2 + (y - py - t * dy) ** 2 <= (w / 2) ** 2;
  };
}

function polyline(points: [number, number][], w: number): Shape {
  return union(...points.slice(1).map((q, i) => segment(points[i], q, w)));
}

/** Even-odd fill of a closed polygon. */
function polygon(points: [number, number][]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((s) => s(x, y));
}

function minus(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && !b(x, y);
}

/** A rectangle of the given length and width centred on (cx, cy), turned by `deg` degrees. */
function turnedRect(cx: number, cy: number, length: number, width: number, deg: number): Shape {
  const a = (deg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  return (x, y) => {
    const u = (x - cx) * c + (y - cy) * s;
    const v = -(x - cx) * s + (y - cy) * c;
    return Math.abs(u) <= length / 2 && Math.abs(v) <= width / 2;
  };
}

// ---- glyphs ----

/** Glyphs are laid out on a 16-unit grid so that the 16 px icon is crisp (and 32, 64, 80 too). */
const u = (n: number): number => n / 16;

const background = roundRect(0, 0, 1, 1, 0.18);

/** The add-in: three rising bars on a base line (performance going up). */
function glyphAddin(): Layer[] {
  return [
    { color: WHITE, shape: rect(u(3), u(9), u(5), u(12)) },
    { color: WHITE, shape: rect(u(7), u(6), u(9), u(12)) },
    { color: WHITE, shape: rect(u(11), u(3), u(13), u(12)) },
    { color: WHITE, shape: rect(u(2), u(12), u(14), u(13)) },
  ];
}

/** Validasi: a check mark. */
function glyphValidasi(): Layer[] {
  const tick = polyline(
    [
      [0.24, 0.52],
      [0.43, 0.71],
      [0.77, 0.3],
    ],
    0.14,
  );
  return [{ color: WHITE, shape: tick }];
}

/** Hitung & Warnai: four cells coloured like predicates. */
function glyphHitung(): Layer[] {
  const [a0, a1, b0, b1] = [u(3), u(7), u(9), u(13)];
  return [
    { color: GREEN, shape: rect(a0, a0, a1, a1) },
    { color: YELLOW, shape: rect(b0, a0, b1, a1) },
    { color: RED, shape: rect(a0, b0, a1, b1) },
    { color: WHITE, shape: rect(b0, b0, b1, b1) },
  ];
}

/** Buat Laporan: a page with a folded corner and lines of text. */
function glyphLaporan(): Layer[] {
  const page = polygon([
    [u(4), u(2)],
    [u(9), u(2)],
    [u(12), u(5)],
    [u(12), u(14)],
    [u(4), u(14)],
  ]);
  const fold = polygon([
    [u(9), u(2)],
    [u(9), u(5)],
    [u(12), u(5)],
  ]);
  const lines = union(
    rect(u(6), u(7), u(10), u(8)),
    rect(u(6), u(9), u(10), u(10)),
    rect(u(6), u(11), u(9), u(12)),
  );
  return [
    { color: WHITE, shape: minus(page, lines) },
    { color: PAPER_FOLD, shape: fold },
  ];
}

/** Hapus Warna: an eraser over a line. */
function glyphHapusWarna(): Layer[] {
  const body = turnedRect(0.52, 0.43, 0.62, 0.3, -45);
  // Along the eraser, x − y grows from its tip (bottom left) to its end (top right).
  const tip = (x: number, y: number) => x - y < -0.037;
  const band = (x: number, y: number) => Math.abs(x - y + 0.037) < 0.05;
  return [
    { color: WHITE, shape: minus(body, union(tip, band)) },
    { color: ERASER_TIP, shape: minus((x, y) => body(x, y) && tip(x, y), band) },
    { color: WHITE, shape: rect(u(3), u(13), u(13), u(14)) },
  ];
}

/** Panel: a window with its side pane filled. */
function glyphPanel(): Layer[] {
  const outer = rect(u(2), u(3), u(14), u(13));
  const inner = rect(u(3), u(4), u(13), u(12));
  return [
    { color: WHITE, shape: minus(outer, inner) },
    { color: WHITE, shape: rect(u(9), u(4), u(13), u(12)) },
  ];
}

/** File name stem → glyph. The files are `${stem}-${size}.png`. */
export const ICONS: Record<string, () => Layer[]> = {
  icon: glyphAddin,
  validasi: glyphValidasi,
  hitung: glyphHitung,
  laporan: glyphLaporan,
  'hapus-warna': glyphHapusWarna,
  panel: glyphPanel,
};

// ---- rasteriser ----

/** RGBA pixels of one icon: each pixel averages SS×SS samples; outside the tile is transparent. */
export function renderIconPixels(stem: string, size: number): Buffer {
  const glyph = ICONS[stem];
  if (!glyph) throw new Error(`unknown icon: ${stem}`);
  const layers: Layer[] = [{ color: BRAND, shape: background }, ...glyph()];
  const ss = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (layers[i].shape(x, y)) {
              const c = layers[i].color;
              const alpha = c[3] / 255;
              r += c[0] * alpha;
              g += c[1] * alpha;
              b += c[2] * alpha;
              a += alpha;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      out[o + 3] = Math.round((a / n) * 255);
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
    }
  }
  return out;
}

export function renderIconPng(stem: string, size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  renderIconPixels(stem, size).copy(png.data);
  return PNG.sync.write(png);
}

export function iconFileName(stem: string, size: number): string {
  return `${stem}-${size}.png`;
}

/** Writes every icon at every size into `dir`; returns the paths written. */
export function writeIcons(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const stem of Object.keys(ICONS)) {
    for (const size of ICON_SIZES) {
      const file = path.join(dir, iconFileName(stem, size));
      fs.writeFileSync(file, renderIconPng(stem, size));
      written.push(file);
    }
  }
  return written;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'assets');
  const written = writeIcons(dir);
  console.log(`${written.length} icons written to ${dir}`);
}
