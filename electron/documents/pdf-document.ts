/**
 * Creating a pdfkit document with our fonts and turning it into a Buffer synchronously.
 *
 * pdfkit is a Readable stream, but it pushes every byte during the calls we make
 * (no I/O, no timers once images are given as Buffers), so after `end()` the whole
 * file is sitting in the stream's buffer and `read()` hands it over at once.
 * That makes the generators plain synchronous functions returning a Buffer.
 */
import PDFDocument from 'pdfkit';
import { embeddedFonts, withSubsetSink } from './fonts';
import type { DeflatedStreamSink } from './ttf-subset';

export type Doc = PDFKit.PDFDocument;

export interface NewDocumentOptions {
  title: string;
  author: string;
  subject?: string;
  layout?: 'portrait' | 'landscape';
  /** Keep pages in memory to write "Page x / y" once a record's length is known. */
  bufferPages?: boolean;
  /**
   * Deflate streams; on by default. Measured on 1,000 attestations: 2.5 MB instead of 8.2 MB
   * for 10–30 % more time (bench/pdf-bench.ts), still well above the 1,500 pages/s target.
   */
  compress?: boolean;
  /**
   * The document's creation date (PDF info, XMP and the file identifier derive from it): given,
   * the same data always give the same bytes; an issued document passes its instant of issue.
   */
  creationDate?: Date;
}

/** Bottom margin leaves room for the footer (rule and "Page x / y") under the content. */
export const PAGE_MARGINS = { top: 50, bottom: 62, left: 50, right: 50 };

export function newDocument(options: NewDocumentOptions): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: PAGE_MARGINS,
    autoFirstPage: false,
    bufferPages: options.bufferPages ?? false,
    compress: options.compress ?? true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject ?? options.title,
      Creator: 'Porte-voix',
      Producer: 'Porte-voix (pdfkit)',
      ...(options.creationDate ? { CreationDate: options.creationDate } : {}),
    },
    // No default font: pdfkit would otherwise load Helvetica's metrics for nothing.
    font: null as unknown as string,
  });
  const fonts = embeddedFonts();
  // pdfkit accepts parsed fontkit fonts at runtime; its type declarations only list paths and buffers.
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  doc.registerFont('italic', fonts.italic as unknown as Buffer);
  // Opening a font costs nothing on the page: pdfkit embeds only fonts a page uses.
  withSubsetSink(fontFileSink(doc), () => {
    doc.font('italic');
    doc.font('bold');
    doc.font('regular');
  });
  return doc;
}

/** The fields of pdfkit's PDFReference that decide how a stream is written. */
interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  buffer: unknown[];
}

/**
 * pdfkit deflates every stream of every document, font programs included: ~40 % of the
 * time of a one-page attestation. pdfkit's EmbeddedFont creates the font-file stream
 * object and immediately asks the subset for its bytes, so the last object created is
 * that stream: if it is still empty (as expected), it is marked as already deflated and
 * receives the program compressed once per process. Anything unexpected (another pdfkit
 * version, compression off) leaves pdfkit's own path untouched.
 */
function fontFileSink(doc: Doc): DeflatedStreamSink {
  let last: StreamRef | null = null;
  const ref = doc.ref.bind(doc);
  doc.ref = (data: object) => {
    const created = ref(data);
    last = created as unknown as StreamRef;
    return created;
  };
  return {
    adopt(program) {
      const target = last;
      const fresh =
        target &&
        target.compress === true &&
        target.buffer.length === 0 &&
        Object.keys(target.data).length === 0;
      if (!fresh) return false;
      target.compress = false;
      target.data.Filter = 'FlateDecode';
      // Length of the decoded program, required for embedded TrueType (ISO 32000 §9.9).
      target.data.Length1 = program.raw.length;
      return true;
    },
  };
}

export function finish(doc: Doc): Buffer {
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) {
    chunks.push(chunk as Buffer);
  }
  const pdf = Buffer.concat(chunks);
  if (pdf.subarray(-6).toString('latin1').trim() !== '%%EOF') {
    throw new Error('PDF incomplet : le générateur a rendu la main avant la fin du document');
  }
  return pdf;
}
