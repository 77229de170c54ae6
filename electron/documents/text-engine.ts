/**
 * Text setting for the documents: measuring, wrapping and drawing paragraphs.
 *
 * Why not pdfkit's `doc.text()`: its line wrapper re-measures and re-encodes every word
 * of every call and concatenates glyph arrays per word; profiling put it at ~70 % of the
 * time of an attestation, far from the 1,500 pages/s target. Here each distinct word is
 * shaped once per process (fonts.ts), encoded once per document (glyph ids belong to the
 * document's font subset), and a paragraph becomes one BT…ET block of TJ arrays.
 *
 * The output matches pdfkit's: same fonts and subsets (pdfkit's EmbeddedFont still
 * embeds them and writes the ToUnicode map, so text stays selectable and searchable),
 * same baseline (top of the line box + ascender), same line height
 * ((ascender − descender + font line gap) × size, plus the paragraph's lineGap).
 * Glyph offsets (mark positioning) are not applied: text is normalised to NFC, where
 * French accents are precomposed glyphs, so Latin text never has any.
 */
import type { Doc } from './pdf-document';
import { shapeWord, type FontRole } from './fonts';

/**
 * The part of pdfkit's EmbeddedFont this engine drives (pdfkit keeps it private as
 * `doc._font`). Registering a glyph is what EmbeddedFont.encode does: take a subset id,
 * record its width (W array) and characters (ToUnicode map) for embed() to write.
 */
interface PdfkitFont {
  id: string;
  ascender: number;
  descender: number;
  lineGap: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  ref(): unknown;
}

interface PdfkitInternals {
  _font: PdfkitFont | null;
  page: { fonts: Record<string, unknown>; height: number };
}

interface EncodedWord {
  /** TJ operand pieces, sizes in thousandths of an em (independent of font size). */
  tj: string;
  /** Advance in thousandths of an em, kerning included. */
  advance: number;
}

interface FontState {
  role: FontRole;
  font: PdfkitFont;
  words: Map<string, EncodedWord>;
  /** Wrapped paragraphs by size, width and text: templates measure then draw the same text, page after page. */
  paragraphs: Map<string, Line[]>;
}

const PARAGRAPH_CACHE_LIMIT = 5_000;

const states = new WeakMap<Doc, Map<FontRole, FontState>>();

function fontState(doc: Doc, role: FontRole): FontState {
  let perDoc = states.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    states.set(doc, perDoc);
  }
  let state = perDoc.get(role);
  if (!state) {
    doc.font(role);
    const font = (doc as unknown as PdfkitInternals)._font;
    if (
      !font ||
      typeof font.id !== 'string' ||
      typeof font.subset?.includeGlyph !== 'function' ||
      !Array.isArray(font.widths) ||
      !Array.isArray(font.unicode)
    ) {
      throw new Error('pdfkit a changé : police interne inattendue (doc._font)');
    }
    state = { role, font, words: new Map(), paragraphs: new Map() };
    seedCommonGlyphs(state);
    perDoc.set(role, state);
  }
  return state;
}

/**
 * Characters of French administrative text (ASCII, Latin-1, œ, typographic punctuation).
 * Every subset starts with their glyphs, always with the same ids: two documents then
 * differ in their font programs only when one uses a rarer character, so the program
 * (and its deflated form, see ttf-subset.ts) is built once per process instead of once
 * per document. Costs ~15 KB per font in a single-page file.
 */
const COMMON_CHARACTERS = (() => {
  let chars = '';
  for (let c = 0x20; c <= 0x7e; c++) chars += String.fromCharCode(c);
  for (let c = 0xa0; c <= 0xff; c++) chars += String.fromCharCode(c);
  return `${chars}ŒœŸ‘’“”«»–—…•€‰№`;
})();

function seedCommonGlyphs(state: FontState): void {
  const { font } = state;
  for (const ch of COMMON_CHARACTERS) {
    const shaped = shapeWord(state.role, ch);
    shaped.glyphs.forEach((gid, i) => {
      const id = font.subset.includeGlyph(gid);
      if (font.widths[id] == null) font.widths[id] = shaped.advanceWidths[i];
      if (font.unicode[id] == null) font.unicode[id] = shaped.codePoints[i];
    });
  }
}

function number(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * Glyph ids go into a PDF literal string as raw bytes (two per glyph, Identity-H) rather
 * than hex: half the bytes to write and to deflate. Characters stand for bytes (latin1).
 */
function glyphBytes(id: number): string {
  return byteChar(id >> 8) + byteChar(id & 0xff);
}

function byteChar(byte: number): string {
  // Delimiters and line ends must be escaped inside a literal string (ISO 32000 §7.3.4.2).
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0d) return '\\r';
  if (byte === 0x0a) return '\\n';
  return String.fromCharCode(byte);
}

function encodeWord(state: FontState, word: string): EncodedWord {
  let cached = state.words.get(word);
  if (cached) return cached;
  const shaped = shapeWord(state.role, word);
  const { font } = state;
  let tj = '';
  let run = '';
  const last = shaped.glyphs.length - 1;
  shaped.glyphs.forEach((gid, i) => {
    const id = font.subset.includeGlyph(gid);
    if (font.widths[id] == null) font.widths[id] = shaped.advanceWidths[i];
    if (font.unicode[id] == null) font.unicode[id] = shaped.codePoints[i];
    run += glyphBytes(id);
    const kern = shaped.kerns[i] ?? 0;
    if (Math.abs(kern) > 0.001 && i < last) {
      tj += `(${run}) ${number(-kern)} `;
      run = '';
    }
  });
  if (run) tj += `(${run}) `;
  cached = { tj, advance: shaped.advance };
  state.words.set(word, cached);
  return cached;
}

const colorOperators = new Map<string, string>();

/** '#1f4e79' → '0.122 0.306 0.475 rg', computed once per colour. */
function fillOperator(color: string): string {
  let op = colorOperators.get(color);
  if (!op) {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    if (!m) throw new Error(`couleur non gérée : ${color}`);
    const channel = (h: string | undefined) => number(parseInt(h ?? '0', 16) / 255);
    op = `${channel(m[1])} ${channel(m[2])} ${channel(m[3])} rg`;
    colorOperators.set(color, op);
  }
  return op;
}

/**
 * NFC (precomposed accents, see above) and French typography: the space inside « »
 * and before : ; ! ? never breaks, whether the data typed it as a plain space or not.
 */
function frenchSpacing(value: string): string {
  // Only decomposed text carries combining marks; skipping normalize() saves time on the rest.
  let v = COMBINING_MARK.test(value) ? value.normalize('NFC') : value;
  if (v.includes('« ')) v = v.replace(/« /g, '«\u00a0');
  if (SPACE_BEFORE_HIGH_PUNCTUATION.test(v)) v = v.replace(/ ([»:;!?])/g, '\u00a0$1');
  return v;
}

const COMBINING_MARK = /[\u0300-\u036f]/;
const SPACE_BEFORE_HIGH_PUNCTUATION = / [»:;!?]/;

export interface TextOptions {
  font: FontRole;
  size: number;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Extra space between lines, in points (pdfkit's `lineGap`). */
  lineGap?: number;
}

export interface Line {
  readonly words: readonly string[];
  readonly width: number;
  /** Last line of a paragraph: never justified. */
  readonly last: boolean;
}

export function lineHeight(doc: Doc, font: FontRole, size: number): number {
  const f = fontState(doc, font).font;
  return ((f.ascender - f.descender + f.lineGap) / 1000) * size;
}

export function widthOf(doc: Doc, value: string, font: FontRole, size: number): number {
  const state = fontState(doc, font);
  const space = encodeWord(state, ' ').advance;
  let total = 0;
  const words = frenchSpacing(value).split(' ');
  words.forEach((w, i) => {
    if (w) total += encodeWord(state, w).advance;
    if (i > 0) total += space;
  });
  return (total / 1000) * size;
}

/** Splits a word wider than the column into pieces that fit: at hyphens and slashes first, else anywhere. */
function splitLongWord(
  state: FontState,
  word: string,
  maxWidth: number,
  scale: number,
  byChars = false,
): string[] {
  const atoms = byChars ? Array.from(word) : word.split(/(?<=[-/])/);
  if (!byChars && atoms.length === 1) return splitLongWord(state, word, maxWidth, scale, true);
  const fits = (s: string) => encodeWord(state, s).advance * scale <= maxWidth;
  const pieces: string[] = [];
  let current = '';
  for (const atom of atoms) {
    if (current && !fits(current + atom)) {
      pieces.push(current);
      current = atom;
    } else {
      current += atom;
    }
  }
  if (current) pieces.push(current);
  return byChars
    ? pieces
    : pieces.flatMap((p) => (fits(p) ? [p] : splitLongWord(state, p, maxWidth, scale, true)));
}

function wrap(state: FontState, value: string, width: number, size: number): Line[] {
  const key = `${size}|${width}|${value}`;
  let lines = state.paragraphs.get(key);
  if (!lines) {
    lines = wrapUncached(state, value, width, size);
    if (state.paragraphs.size >= PARAGRAPH_CACHE_LIMIT) state.paragraphs.clear();
    state.paragraphs.set(key, lines);
  }
  return lines;
}

function wrapUncached(state: FontState, value: string, width: number, size: number): Line[] {
  const scale = size / 1000;
  const space = encodeWord(state, ' ').advance * scale;
  const lines: Line[] = [];
  for (const paragraph of frenchSpacing(value).split('\n')) {
    let words: string[] = [];
    let lineWidth = 0;
    const push = (word: string, w: number) => {
      if (words.length > 0 && lineWidth + space + w > width + 0.01) {
        lines.push({ words, width: lineWidth, last: false });
        words = [];
        lineWidth = 0;
      }
      lineWidth += (words.length > 0 ? space : 0) + w;
      words.push(word);
    };
    for (const word of paragraph.split(' ')) {
      if (!word) continue;
      const w = encodeWord(state, word).advance * scale;
      if (w <= width) push(word, w);
      else
        for (const piece of splitLongWord(state, word, width, scale))
          push(piece, encodeWord(state, piece).advance * scale);
    }
    lines.push({ words, width: lineWidth, last: true });
  }
  return lines;
}

/** Height `drawText` will use, without drawing. */
export function measureText(doc: Doc, value: string, width: number, options: TextOptions): number {
  const state = fontState(doc, options.font);
  const lines = wrap(state, value, width, options.size);
  return lines.length * (lineHeight(doc, options.font, options.size) + (options.lineGap ?? 0));
}

/** Lines of a paragraph, for callers that spread one paragraph over two pages. */
export function wrapText(doc: Doc, value: string, width: number, options: TextOptions): readonly Line[] {
  return wrap(fontState(doc, options.font), value, width, options.size);
}

export function lineStep(doc: Doc, options: TextOptions): number {
  return lineHeight(doc, options.font, options.size) + (options.lineGap ?? 0);
}

/** Draws a paragraph whose line boxes start at `y`; returns the y below the last line. */
export function drawText(
  doc: Doc,
  value: string,
  x: number,
  y: number,
  width: number,
  options: TextOptions,
): number {
  return drawLines(doc, wrapText(doc, value, width, options), x, y, width, options);
}

export function drawLines(
  doc: Doc,
  lines: readonly Line[],
  x: number,
  y: number,
  width: number,
  options: TextOptions,
): number {
  const state = fontState(doc, options.font);
  const { font } = state;
  const size = options.size;
  const step = lineStep(doc, options);
  const internals = doc as unknown as PdfkitInternals;
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();

  const space = encodeWord(state, ' ');
  const ascent = (font.ascender / 1000) * size;
  // q…Q keeps the colour change local, so pdfkit's own idea of the fill colour stays true.
  let out = `q\n${fillOperator(options.color ?? '#000000')}\nBT\n/${font.id} ${number(size)} Tf\n`;
  let baseline = y + ascent;
  for (const line of lines) {
    if (line.words.length > 0) {
      let left = x;
      let extra = 0;
      if (options.align === 'right') left = x + width - line.width;
      else if (options.align === 'center') left = x + (width - line.width) / 2;
      else if (options.align === 'justify' && !line.last && line.words.length > 1) {
        extra = (width - line.width) / (line.words.length - 1);
      }
      // The page's CTM is flipped (pdfkit draws top-down); this text matrix flips glyphs back upright.
      let tj = '';
      line.words.forEach((word, i) => {
        if (i > 0) tj += extra > 0 ? `${space.tj}${number((-extra * 1000) / size)} ` : space.tj;
        tj += encodeWord(state, word).tj;
      });
      // Adjacent glyph strings merge into one: smaller streams, less for deflate to chew.
      // Safe with escapes: a merged ") (" can only come from two separate strings.
      out += `1 0 0 -1 ${number(left)} ${number(baseline)} Tm\n[${tj.replace(/\) \(/g, '')}] TJ\n`;
    }
    baseline += step;
  }
  // A Buffer goes straight into the page stream; a string would be re-encoded char by char.
  doc.addContent(Buffer.from(`${out}ET\nQ\n`, 'latin1'));
  return y + lines.length * step;
}
