/** Reading generated PDFs back with poppler-utils, the way a person's viewer would see them. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'porte-voix-pdf-'));

// Set KEEP_PDF=1 to keep the files and look at them (pdftoppm -png -r 60 file.pdf out).
afterAll(() => {
  if (!process.env.KEEP_PDF) fs.rmSync(outDir, { recursive: true, force: true });
});

export function save(name: string, pdf: Buffer): string {
  const file = path.join(outDir, name);
  fs.writeFileSync(file, pdf);
  return file;
}

/** Text in reading layout, with non-breaking spaces turned into plain ones for matching. */
export function pdfText(file: string): string {
  return run(['-layout', file]);
}

/**
 * Text in drawing order: a table cell wrapped on two lines stays in one piece, where the
 * layout mode interleaves it with the neighbouring cells.
 */
export function pdfRawFlatText(file: string): string {
  return run(['-raw', file]).replace(/\s+/g, ' ');
}

function run(args: string[]): string {
  const out = execFileSync(
    'pdftotext',
    [...args.slice(0, -1), '-enc', 'UTF-8', args[args.length - 1] ?? '', '-'],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return out.replace(/[\u00a0\u202f]/g, ' ');
}

/** Same, one whitespace-normalised string: wrapped sentences become searchable. */
export function pdfFlatText(file: string): string {
  return pdfText(file).replace(/\s+/g, ' ');
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  return m ? Number(m[1]) : 0;
}

export interface FontInfo {
  name: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function fonts(file: string): FontInfo[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type(1–2 words) encoding emb sub uni object ID: read flags from the end.
    const n = cols.length;
    return {
      name: cols[0] ?? '',
      embedded: cols[n - 5] === 'yes',
      subset: cols[n - 4] === 'yes',
      unicode: cols[n - 3] === 'yes',
    };
  });
}

/** Page text per page ("\f" separated by pdftotext). */
export function pagesText(file: string): string[] {
  return pdfText(file)
    .split('\f')
    .filter((p) => p.trim().length > 0);
}
