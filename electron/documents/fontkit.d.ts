/**
 * The slice of fontkit (pdfkit's font engine, no types published) this folder uses:
 * parsing a TTF once per process and shaping text.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }

  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
    [key: string]: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    readonly advanceWidth: number;
  }

  export interface Subset {
    includeGlyph(glyphId: number): number;
    encode(): Uint8Array;
  }

  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    numGlyphs: number;
    layout(text: string, features?: unknown): GlyphRun;
    createSubset(): Subset;
    getGlyph(glyphId: number): Glyph;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
