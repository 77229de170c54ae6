/**
 * The embedded fonts (Liberation Sans, SIL OFL, shipped in ./fonts), parsed once per process.
 *
 * pdfkit parses a TTF given as a path or Buffer again for every document; it also
 * accepts an already parsed fontkit font (anything with a `layout` method), which we
 * hand it with `createSubset` redirected to our TrueTypeSource (see ttf-subset.ts for why).
 * Shaping (fontkit's `layout`: glyph choice, kerning) is cached here per word for the
 * whole process, as documents repeat the same template words thousands of times.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { TrueTypeSource, type DeflatedStreamSink } from './ttf-subset';

export type FontRole = 'regular' | 'bold' | 'italic';

const FILES: Record<FontRole, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
};

/** Enough for the vocabulary of our templates plus a few thousand names and places. */
const SHAPE_CACHE_LIMIT = 50_000;

/** A shaped word, in thousandths of an em (PDF text space units). */
export interface ShapedWord {
  /** Glyph ids in the full font. */
  glyphs: number[];
  advanceWidths: number[];
  /** Kerning after each glyph (xAdvance − advanceWidth). */
  kerns: number[];
  codePoints: number[][];
  /** Total advance, kerning included. */
  advance: number;
}

interface LoadedFont {
  /** What pdfkit gets: the parsed font with our subsetter. */
  pdfkitFont: Font;
  shapes: Map<string, ShapedWord>;
  font: Font;
  scale: number;
}

function load(data: Buffer): LoadedFont {
  const font = fontkit.create(data);
  const source = new TrueTypeSource(data);
  const createSubset = () => source.createSubset(pendingSink);
  const pdfkitFont = new Proxy(font, {
    get(target, prop) {
      if (prop === 'createSubset') return createSubset;
      // The receiver must be the real font: fontkit's lazy table getters use `this`.
      return Reflect.get(target, prop, target);
    },
  });
  return { pdfkitFont, shapes: new Map(), font, scale: 1000 / font.unitsPerEm };
}

/** The sink for subsets created during `withSubsetSink`: pdfkit creates them with no argument. */
let pendingSink: DeflatedStreamSink | null = null;

/** Runs `open` (which makes pdfkit open fonts) so that their subsets can hand over deflated programs. */
export function withSubsetSink(sink: DeflatedStreamSink, open: () => void): void {
  pendingSink = sink;
  try {
    open();
  } finally {
    pendingSink = null;
  }
}

/**
 * Where the TTFs are: next to this module in development; bundled builds put them in
 * dist/fonts, one level above dist/web and dist/electron. setFontDirectory overrides both.
 */
let fontDirectory =
  [path.join(__dirname, 'fonts'), path.join(__dirname, '..', 'fonts')].find((dir) => fs.existsSync(dir)) ??
  path.join(__dirname, 'fonts');

export function setFontDirectory(dir: string): void {
  if (dir !== fontDirectory) {
    fontDirectory = dir;
    loaded = null;
  }
}

let loaded: Record<FontRole, LoadedFont> | null = null;

function fonts(): Record<FontRole, LoadedFont> {
  if (!loaded) {
    const read = (role: FontRole) => load(fs.readFileSync(path.join(fontDirectory, FILES[role])));
    loaded = { regular: read('regular'), bold: read('bold'), italic: read('italic') };
  }
  return loaded;
}

/** The parsed fonts to register in a pdfkit document. */
export function embeddedFonts(): Record<FontRole, Font> {
  const f = fonts();
  return { regular: f.regular.pdfkitFont, bold: f.bold.pdfkitFont, italic: f.italic.pdfkitFont };
}

export function shapeWord(role: FontRole, word: string): ShapedWord {
  const f = fonts()[role];
  let shaped = f.shapes.get(word);
  if (!shaped) {
    const run = f.font.layout(word);
    const advanceWidths = run.glyphs.map((g) => g.advanceWidth * f.scale);
    const kerns = run.positions.map((p, i) => p.xAdvance * f.scale - (advanceWidths[i] ?? 0));
    shaped = {
      glyphs: run.glyphs.map((g) => g.id),
      advanceWidths,
      kerns,
      codePoints: run.glyphs.map((g) => g.codePoints),
      advance: run.positions.reduce((sum, p) => sum + p.xAdvance * f.scale, 0),
    };
    if (f.shapes.size >= SHAPE_CACHE_LIMIT) f.shapes.clear();
    f.shapes.set(word, shaped);
  }
  return shaped;
}
