/**
 * The icons in assets/ are the output of scripts/make-icons.ts (rerun it after changing a glyph),
 * and every glyph is different from the others.
 */
import fs from 'fs';
import path from 'path';
import { PNG } from 'pngjs';
import { ICONS, ICON_SIZES, iconFileName, renderIconPixels } from '../../scripts/make-icons';

const assets = path.join(__dirname, '..', '..', 'assets');

describe('icons', () => {
  const cases = Object.keys(ICONS).flatMap((stem) =>
    ICON_SIZES.map((size) => [stem, size] as const),
  );

  test.each(cases)('assets/%s-%i.png is what make-icons draws', (stem, size) => {
    const png = PNG.sync.read(fs.readFileSync(path.join(assets, iconFileName(stem, size))));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(Buffer.compare(png.data, renderIconPixels(stem, size))).toBe(0);
  });

  test('each glyph is distinct at 16 px', () => {
    const seen = new Set(
      Object.keys(ICONS).map((stem) => renderIconPixels(stem, 16).toString('hex')),
    );
    expect(seen.size).toBe(Object.keys(ICONS).length);
  });
});
