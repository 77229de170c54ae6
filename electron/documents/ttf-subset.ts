/**
 * TrueType subsetter for the fonts embedded in our PDFs.
 *
 * Why not fontkit's own subsetter (what pdfkit calls): it re-decodes every glyph and
 * re-serialises the hinting tables byte by byte through `restructure` on every
 * document; profiling showed it was ~45 % of the time of a one-page attestation.
 * Here the source font is indexed once per process, glyph outlines are copied as raw
 * byte ranges and the output is memoised by glyph list (documents built from the same
 * templates use the same glyphs), so a new document costs a few buffer copies.
 *
 * When the document lets us (see pdf-document.ts), the font program also goes in already
 * deflated, compressed once per glyph list instead of once per document.
 *
 * Output: the tables PDF viewers need for a CIDFontType2 with Identity CIDToGIDMap
 * (head, hhea, maxp, loca, glyf, hmtx, cvt, fpgm, prep: ISO 32000 §9.9), the same set
 * fontkit emits. Glyph ids are renumbered in order of first use; 0 stays .notdef.
 */

import zlib from 'node:zlib';

interface TableRecord {
  offset: number;
  length: number;
}

const COMPOSITE_ARG_WORDS = 0x0001;
const COMPOSITE_HAVE_SCALE = 0x0008;
const COMPOSITE_MORE = 0x0020;
const COMPOSITE_XY_SCALE = 0x0040;
const COMPOSITE_TWO_BY_TWO = 0x0080;

const MEMO_LIMIT = 256;

/** A built font program, with its deflated form computed on first request. */
export class FontProgram {
  private compressed: Buffer | null = null;

  constructor(readonly raw: Uint8Array) {}

  get deflated(): Buffer {
    this.compressed ??= zlib.deflateSync(this.raw);
    return this.compressed;
  }
}

/**
 * Where an already deflated font program can go: the PDF stream object pdfkit is about
 * to fill. Returns false when it cannot take it (the caller then hands raw bytes to pdfkit).
 */
export interface DeflatedStreamSink {
  adopt(program: FontProgram): boolean;
}

export class TrueTypeSource {
  private readonly tables = new Map<string, TableRecord>();
  private readonly locaOffsets: Uint32Array;
  private readonly advances: Uint16Array;
  private readonly bearings: Int16Array;
  private readonly memo = new Map<string, FontProgram>();
  readonly numGlyphs: number;

  constructor(private readonly data: Buffer) {
    const numTables = data.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      this.tables.set(data.toString('latin1', rec, rec + 4), {
        offset: data.readUInt32BE(rec + 8),
        length: data.readUInt32BE(rec + 12),
      });
    }
    const head = this.table('head');
    const maxp = this.table('maxp');
    const hhea = this.table('hhea');
    const loca = this.table('loca');
    const hmtx = this.table('hmtx');
    this.numGlyphs = data.readUInt16BE(maxp.offset + 4);
    const longLoca = data.readInt16BE(head.offset + 50) === 1;
    this.locaOffsets = new Uint32Array(this.numGlyphs + 1);
    for (let g = 0; g <= this.numGlyphs; g++) {
      this.locaOffsets[g] = longLoca
        ? data.readUInt32BE(loca.offset + g * 4)
        : data.readUInt16BE(loca.offset + g * 2) * 2;
    }
    const numberOfHMetrics = data.readUInt16BE(hhea.offset + 34);
    this.advances = new Uint16Array(this.numGlyphs);
    this.bearings = new Int16Array(this.numGlyphs);
    for (let g = 0; g < this.numGlyphs; g++) {
      if (g < numberOfHMetrics) {
        this.advances[g] = data.readUInt16BE(hmtx.offset + g * 4);
        this.bearings[g] = data.readInt16BE(hmtx.offset + g * 4 + 2);
      } else {
        this.advances[g] = this.advances[numberOfHMetrics - 1] ?? 0;
        this.bearings[g] = data.readInt16BE(hmtx.offset + numberOfHMetrics * 4 + (g - numberOfHMetrics) * 2);
      }
    }
  }

  private table(tag: string): TableRecord {
    const rec = this.tables.get(tag);
    if (!rec) throw new Error(`table TrueType absente : ${tag}`);
    return rec;
  }

  private tableBytes(tag: string): Uint8Array | null {
    const rec = this.tables.get(tag);
    return rec ? this.data.subarray(rec.offset, rec.offset + rec.length) : null;
  }

  /** Raw outline of a glyph (empty for spaces), a view into the source font. */
  glyphBytes(gid: number): Buffer {
    const glyf = this.table('glyf');
    const start = this.locaOffsets[gid] ?? 0;
    const end = this.locaOffsets[gid + 1] ?? start;
    return this.data.subarray(glyf.offset + start, glyf.offset + end);
  }

  /** Component glyph ids of a composite glyph, with the byte position of each id. */
  components(outline: Buffer): Array<{ gid: number; pos: number }> {
    if (outline.length < 10 || outline.readInt16BE(0) >= 0) return [];
    const out: Array<{ gid: number; pos: number }> = [];
    let pos = 10;
    for (;;) {
      const flags = outline.readUInt16BE(pos);
      out.push({ gid: outline.readUInt16BE(pos + 2), pos: pos + 2 });
      pos += 4 + (flags & COMPOSITE_ARG_WORDS ? 4 : 2);
      if (flags & COMPOSITE_HAVE_SCALE) pos += 2;
      else if (flags & COMPOSITE_XY_SCALE) pos += 4;
      else if (flags & COMPOSITE_TWO_BY_TWO) pos += 8;
      if (!(flags & COMPOSITE_MORE)) return out;
    }
  }

  createSubset(sink?: DeflatedStreamSink | null): FastSubset {
    return new FastSubset(this, sink ?? null);
  }

  /** Documents built from the same templates request the same glyphs: build those once. */
  memoised(key: string, build: () => Uint8Array): FontProgram {
    const cached = this.memo.get(key);
    if (cached) return cached;
    const built = new FontProgram(build());
    // Batches of varied names could otherwise grow the memo without bound.
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, built);
    return built;
  }

  /** Font program for glyphs listed in new-id order, with outlines already renumbered. */
  build(glyphs: readonly number[], outlines: readonly Uint8Array[]): Uint8Array {
    const n = glyphs.length;
    let glyfLength = 0;
    for (const o of outlines) glyfLength += pad4(o.length);
    const glyf = new Uint8Array(glyfLength);
    const loca = Buffer.alloc((n + 1) * 4);
    const hmtx = Buffer.alloc(n * 4);
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const outline = outlines[i] ?? new Uint8Array(0);
      loca.writeUInt32BE(offset, i * 4);
      glyf.set(outline, offset);
      offset += pad4(outline.length);
      const gid = glyphs[i] ?? 0;
      hmtx.writeUInt16BE(this.advances[gid] ?? 0, i * 4);
      hmtx.writeInt16BE(this.bearings[gid] ?? 0, i * 4 + 2);
    }
    loca.writeUInt32BE(offset, n * 4);

    const head = Buffer.from(this.tableBytes('head') ?? new Uint8Array(54));
    head.writeUInt32BE(0, 8); // checkSumAdjustment, set once the file is assembled
    head.writeInt16BE(1, 50); // long loca offsets
    const hhea = Buffer.from(this.tableBytes('hhea') ?? new Uint8Array(36));
    hhea.writeUInt16BE(n, 34);
    const maxp = Buffer.from(this.tableBytes('maxp') ?? new Uint8Array(32));
    maxp.writeUInt16BE(n, 4);

    const tables: Array<[string, Uint8Array]> = [
      ['cvt ', this.tableBytes('cvt ')],
      ['fpgm', this.tableBytes('fpgm')],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
      ['prep', this.tableBytes('prep')],
    ].filter((t): t is [string, Uint8Array] => t[1] != null);
    return assembleSfnt(tables);
  }
}

/** Same contract as fontkit's Subset, which is what pdfkit's EmbeddedFont drives. */
export class FastSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(
    private readonly source: TrueTypeSource,
    private readonly sink: DeflatedStreamSink | null,
  ) {
    this.includeGlyph(0);
  }

  includeGlyph(gid: number): number {
    const known = this.mapping.get(gid);
    if (known !== undefined) return known;
    const id = this.glyphs.length;
    this.mapping.set(gid, id);
    this.glyphs.push(gid);
    return id;
  }

  /**
   * Components of composite glyphs (accented capitals…) are added here, after the ids
   * pdfkit handed out: pdfkit sizes its widths and ToUnicode tables on those ids and
   * expects no holes among them.
   */
  encode(): Uint8Array {
    const program = this.program();
    return this.sink?.adopt(program) ? program.deflated : program.raw;
  }

  private program(): FontProgram {
    const requested = this.glyphs.join(',');
    return this.source.memoised(requested, () => {
      const outlines: Uint8Array[] = [];
      for (let i = 0; i < this.glyphs.length; i++) {
        const outline = this.source.glyphBytes(this.glyphs[i] ?? 0);
        const parts = this.source.components(outline);
        if (parts.length === 0) {
          outlines.push(outline);
          continue;
        }
        const copy = Buffer.from(outline);
        for (const part of parts) copy.writeUInt16BE(this.includeGlyph(part.gid), part.pos);
        outlines.push(copy);
      }
      return this.source.build(this.glyphs, outlines);
    });
  }
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Sum of big-endian uint32 words, the last one zero-padded (OpenType table checksum). */
function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const full = bytes.length & ~3;
  for (let i = 0; i < full; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (full < bytes.length) {
    let last = 0;
    for (let i = full; i < full + 4; i++) last = (last << 8) | (bytes[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

function assembleSfnt(tables: Array<[string, Uint8Array]>): Uint8Array {
  const numTables = tables.length;
  let entrySelector = 0;
  while (1 << (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = (1 << entrySelector) * 16;
  const headerLength = 12 + numTables * 16;
  let total = headerLength;
  for (const [, bytes] of tables) total += pad4(bytes.length);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  let headOffset = -1;
  tables.forEach(([tag, bytes], i) => {
    const rec = 12 + i * 16;
    out.write(tag, rec, 4, 'latin1');
    out.writeUInt32BE(checksum(bytes), rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(bytes.length, rec + 12);
    out.set(bytes, offset);
    if (tag === 'head') headOffset = offset;
    offset += pad4(bytes.length);
  });
  if (headOffset >= 0) out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headOffset + 8);
  return out;
}
