import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { TrueTypeSource } from '../../electron/documents/ttf-subset';

const FONT = path.join(__dirname, '../../electron/documents/fonts/LiberationSans-Regular.ttf');

describe('TrueType subsetting', () => {
  const data = fs.readFileSync(FONT);
  const original = fontkit.create(data);
  const source = new TrueTypeSource(data);

  test('keeps the outlines of the glyphs used, accented capitals and ligatures included', () => {
    const subset = source.createSubset();
    const chars = 'ÉèŒœ€ A';
    const wanted = [...chars].map((c) => original.layout(c).glyphs[0]?.id ?? 0);
    const ids = wanted.map((gid) => subset.includeGlyph(gid));
    const font = fontkit.create(subset.encode()) as unknown as {
      numGlyphs: number;
      getGlyph(id: number): {
        advanceWidth: number;
        path: { commands: unknown[] };
        bbox: { minX: number; maxX: number };
      };
    };
    wanted.forEach((gid, i) => {
      const before = original.getGlyph(gid) as unknown as {
        advanceWidth: number;
        path: { commands: unknown[] };
        bbox: { minX: number; maxX: number };
      };
      const after = font.getGlyph(ids[i] ?? 0);
      expect(after.advanceWidth).toBe(before.advanceWidth);
      expect(after.path.commands.length).toBe(before.path.commands.length);
      expect(after.bbox.minX).toBe(before.bbox.minX);
      expect(after.bbox.maxX).toBe(before.bbox.maxX);
    });
  });

  test('a subset is far smaller than the font it comes from', () => {
    const subset = source.createSubset();
    for (const c of 'Attestation de présence') subset.includeGlyph(original.layout(c).glyphs[0]?.id ?? 0);
    expect(subset.encode().length).toBeLessThan(data.length / 10);
  });
});
