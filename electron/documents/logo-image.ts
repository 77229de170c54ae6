/**
 * The association's logo, prepared once per process and embedded cheaply in every document.
 *
 * Why not hand the PNG to pdfkit: for a PNG with transparency (most logos) pdfkit inflates
 * the pixels asynchronously, then deflates colour and alpha again, in every document.
 * That breaks our synchronous generators and costs milliseconds per attestation.
 * Here the PNG is decoded and its colour and alpha planes compressed once; each document
 * then gets a small object with pdfkit's image interface (width, height, label, obj,
 * embed) that writes those ready-made streams.
 * JPEG goes to pdfkit as is: it embeds JPEG data synchronously without decoding it.
 */
import zlib from 'node:zlib';
import type { Doc } from './pdf-document';
import type { ImageData } from './types';

interface DecodedPng {
  width: number;
  height: number;
  colors: 1 | 3;
  /** Deflated colour plane (gray or RGB, 8 bits). */
  pixels: Buffer;
  /** Deflated alpha plane, or null when the image is opaque. */
  alpha: Buffer | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses the per-scanline filters of PNG (RFC 2083 §6). */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const type = data[y * (stride + 1)] ?? 0;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let i = 0; i < stride; i++) {
      const raw = data[src + i] ?? 0;
      const left = i >= bpp ? (out[row + i - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[prev + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= bpp ? (out[prev + i - bpp] ?? 0) : 0;
      let value: number;
      switch (type) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + up;
          break;
        case 3:
          value = raw + ((left + up) >> 1);
          break;
        case 4:
          value = raw + paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`logo PNG illisible (filtre ${type})`);
      }
      out[row + i] = value & 0xff;
    }
  }
  return out;
}

export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('le logo n’est pas un fichier PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = 0;
  let interlace = 0;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const idat: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8] ?? 0;
      colorType = body[9] ?? 0;
      interlace = body[12] ?? 0;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (depth !== 8 || interlace !== 0) {
    throw new Error('logo PNG non pris en charge : enregistrez-le en PNG 8 bits non entrelacé, ou en JPEG');
  }
  const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  const bpp = channels[colorType];
  if (!bpp) throw new Error(`logo PNG : type de couleur ${colorType} inconnu`);
  const raw = unfilter(zlib.inflateSync(Buffer.concat(idat)), width, height, bpp);

  const count = width * height;
  const colors: 1 | 3 = colorType === 0 || colorType === 4 ? 1 : 3;
  const pixels = Buffer.alloc(count * colors);
  const alpha = Buffer.alloc(count, 0xff);
  let hasAlpha = false;
  for (let p = 0; p < count; p++) {
    if (colorType === 3) {
      const index = raw[p] ?? 0;
      pixels[p * 3] = palette?.[index * 3] ?? 0;
      pixels[p * 3 + 1] = palette?.[index * 3 + 1] ?? 0;
      pixels[p * 3 + 2] = palette?.[index * 3 + 2] ?? 0;
      const a = transparency && index < transparency.length ? (transparency[index] ?? 0xff) : 0xff;
      alpha[p] = a;
      if (a !== 0xff) hasAlpha = true;
    } else {
      const src = p * bpp;
      for (let c = 0; c < colors; c++) pixels[p * colors + c] = raw[src + c] ?? 0;
      if (colorType === 4 || colorType === 6) {
        const a = raw[src + colors] ?? 0xff;
        alpha[p] = a;
        if (a !== 0xff) hasAlpha = true;
      }
    }
  }
  return {
    width,
    height,
    colors,
    pixels: zlib.deflateSync(pixels),
    alpha: hasAlpha ? zlib.deflateSync(alpha) : null,
  };
}

const decoded = new WeakMap<Buffer, DecodedPng>();

function decodedPng(data: Buffer): DecodedPng {
  let d = decoded.get(data);
  if (!d) {
    d = decodePng(data);
    decoded.set(data, d);
  }
  return d;
}

/** What pdfkit's `image()` needs from an image object (see PDFImage in pdfkit). */
class PreparedPng {
  obj: PDFKit.PDFKitReference | null = null;
  readonly width: number;
  readonly height: number;

  constructor(
    private readonly png: DecodedPng,
    readonly label: string,
  ) {
    this.width = png.width;
    this.height = png.height;
  }

  embed(doc: Doc): void {
    if (this.obj) return;
    const { png } = this;
    // Filter is set, so pdfkit writes the already deflated bytes without compressing again.
    const obj = doc.ref({
      Type: 'XObject',
      Subtype: 'Image',
      Width: png.width,
      Height: png.height,
      BitsPerComponent: 8,
      ColorSpace: png.colors === 3 ? 'DeviceRGB' : 'DeviceGray',
      Filter: 'FlateDecode',
    });
    if (png.alpha) {
      const mask = doc.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Width: png.width,
        Height: png.height,
        BitsPerComponent: 8,
        ColorSpace: 'DeviceGray',
        Filter: 'FlateDecode',
        Decode: [0, 1],
      });
      mask.end(png.alpha);
      (obj.data as Record<string, unknown>).SMask = mask;
    }
    obj.end(png.pixels);
    this.obj = obj;
  }
}

const perDocument = new WeakMap<Doc, Map<Buffer, PDFKit.Mixins.ImageSrc>>();

/** pdfkit ≥ 0.15 has `openImage`; its type declarations (0.17) do not list it yet. */
interface ImageOpener {
  openImage(src: Buffer): object;
}

/** The image to pass to `doc.image()`, created once per document and logo. */
export function documentImage(doc: Doc, image: ImageData): PDFKit.Mixins.ImageSrc {
  let images = perDocument.get(doc);
  if (!images) {
    images = new Map();
    perDocument.set(doc, images);
  }
  let found = images.get(image.data);
  if (!found) {
    // pdfkit's image() takes any object with width and height as an opened image.
    found = (image.mime === 'image/png'
      ? new PreparedPng(decodedPng(image.data), `PvImg${images.size + 1}`)
      : (doc as unknown as ImageOpener).openImage(image.data)) as unknown as PDFKit.Mixins.ImageSrc;
    images.set(image.data, found);
  }
  return found;
}
