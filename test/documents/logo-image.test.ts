import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { renderAttendanceCertificates } from '../../electron/documents';
import { decodePng } from '../../electron/documents/logo-image';
import { association, attendanceCertificate, makeLogoPng, makePng } from './fixtures';
import { outDir, pdfFlatText, save } from './poppler';

/** A real PNG written by libpng (adaptive filters on every row) and the same pixels raw (PPM). */
function popplerImage(): { png: Buffer; raw: Buffer } {
  const pdf = save('pour-image.pdf', renderAttendanceCertificates(association(), [attendanceCertificate()]));
  const base = path.join(outDir, 'rvb');
  execFileSync('pdftoppm', ['-r', '20', '-png', '-singlefile', pdf, base]);
  execFileSync('pdftoppm', ['-r', '20', '-singlefile', pdf, base]);
  const pnm = fs.readFileSync(`${base}.ppm`);
  // Netpbm header: magic, width height, maxval, each followed by one whitespace.
  let fieldsSeen = 0;
  let i = 0;
  while (fieldsSeen < 4) {
    while (/\s/.test(String.fromCharCode(pnm[i] ?? 32))) i++;
    while (!/\s/.test(String.fromCharCode(pnm[i] ?? 32))) i++;
    fieldsSeen++;
  }
  return { png: fs.readFileSync(`${base}.png`), raw: pnm.subarray(i + 1) };
}

describe('logo decoding', () => {
  test('an RGB PNG with filtered rows decodes to its exact pixels', () => {
    const { png, raw } = popplerImage();
    const d = decodePng(png);
    expect(d.colors).toBe(3);
    expect(zlib.inflateSync(d.pixels).equals(raw)).toBe(true);
    expect(d.alpha).toBeNull();
  });

  test('a grayscale PNG decodes to its exact pixels', () => {
    const samples = Buffer.from([0, 64, 128, 192, 255, 7]);
    const d = decodePng(makePng(3, 2, 0, samples));
    expect(d.colors).toBe(1);
    expect(zlib.inflateSync(d.pixels).equals(samples)).toBe(true);
  });

  test('an RGBA logo keeps its transparency as a separate alpha plane', () => {
    const d = decodePng(makeLogoPng(96));
    const alpha = zlib.inflateSync(d.alpha ?? Buffer.alloc(0));
    expect(alpha).toHaveLength(96 * 96);
    expect(alpha[0]).toBe(0);
    expect(alpha[48 * 96 + 48]).toBe(255);
    const rgb = zlib.inflateSync(d.pixels);
    expect([...rgb.subarray(3 * (10 * 96 + 48), 3 * (10 * 96 + 48) + 3)]).toEqual([0x1f, 0x4e, 0x79]);
  });

  test('a palette PNG with a transparent entry is expanded to colours and alpha', () => {
    const palette = Buffer.from([255, 0, 0, 0, 0, 255]);
    const png = makePng(2, 1, 3, Buffer.from([0, 1]), { palette, transparency: Buffer.from([0]) });
    const d = decodePng(png);
    expect([...zlib.inflateSync(d.pixels)]).toEqual([255, 0, 0, 0, 0, 255]);
    expect([...zlib.inflateSync(d.alpha ?? Buffer.alloc(0))]).toEqual([0, 255]);
  });

  test('gray with alpha decodes to gray and alpha planes', () => {
    const d = decodePng(makePng(2, 1, 4, Buffer.from([10, 255, 200, 0])));
    expect([...zlib.inflateSync(d.pixels)]).toEqual([10, 200]);
    expect([...zlib.inflateSync(d.alpha ?? Buffer.alloc(0))]).toEqual([255, 0]);
  });

  test('16-bit and interlaced PNGs are refused with a message saying what to do', () => {
    expect(() => decodePng(makePng(1, 1, 0, Buffer.from([0, 0]), { depth: 16 }))).toThrow(/PNG 8 bits/);
    expect(() => decodePng(makePng(1, 1, 0, Buffer.from([0]), { interlace: 1 }))).toThrow(/non entrelacé/);
  });

  test('a JPEG logo is embedded as it is', () => {
    const pdf = save('pour-jpeg.pdf', renderAttendanceCertificates(association(), [attendanceCertificate()]));
    const base = path.join(outDir, 'logo');
    execFileSync('pdftoppm', ['-r', '10', '-jpeg', '-singlefile', pdf, base]);
    const jpeg = fs.readFileSync(`${base}.jpg`);
    const a = { ...association(), logo: { data: jpeg, mime: 'image/jpeg' as const } };
    const file = save(
      'attestation-logo-jpeg.pdf',
      renderAttendanceCertificates(a, [attendanceCertificate()]),
    );
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    expect(list).toMatch(/image\s+\d+\s+\d+\s+rgb\s+3\s+8\s+jpeg/);
    expect(pdfFlatText(file)).toContain('ATT-2026-0042');
  });
});
