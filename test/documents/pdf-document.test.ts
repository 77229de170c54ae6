import zlib from 'node:zlib';
import { renderAttendanceCertificates } from '../../electron/documents';
import { drawAttendanceCertificates } from '../../electron/documents/attendance-certificate';
import { finish, newDocument } from '../../electron/documents/pdf-document';
import { association, attendanceCertificate } from './fixtures';
import { pdfFlatText, save } from './poppler';

interface FontFile {
  dictionary: string;
  stream: Buffer;
}

/** The FontFile2 streams of a PDF written by pdfkit (objects are not in object streams). */
function fontFiles(pdf: Buffer): FontFile[] {
  const latin = pdf.toString('latin1');
  const ids = [...latin.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => m[1]);
  return ids.map((id) => {
    const start = latin.indexOf(`\n${id} 0 obj`);
    const streamStart = latin.indexOf('stream\n', start) + 'stream\n'.length;
    const dictionary = latin.slice(start, streamStart);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    return { dictionary, stream: pdf.subarray(streamStart, streamStart + length) };
  });
}

describe('PDF container', () => {
  test('font programs are embedded deflated, with their decoded length, and decode to TrueType', () => {
    const pdf = renderAttendanceCertificates(association(), [attendanceCertificate()]);
    const files = fontFiles(pdf);
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f.dictionary).toContain('/Filter /FlateDecode');
      const program = zlib.inflateSync(f.stream);
      expect(f.dictionary).toContain(`/Length1 ${program.length}`);
      expect(program.readUInt32BE(0)).toBe(0x00010000);
    }
  });

  test('two attestations for different people share the same font programs', () => {
    const a = fontFiles(renderAttendanceCertificates(association(), [attendanceCertificate(3)]));
    const b = fontFiles(renderAttendanceCertificates(association(), [attendanceCertificate(58)]));
    expect(a.map((f) => f.stream.toString('base64'))).toEqual(b.map((f) => f.stream.toString('base64')));
  });

  test('with compression off, streams are written plain and the text still reads back', () => {
    const doc = newDocument({ title: 'Test', author: 'Test', bufferPages: true, compress: false });
    drawAttendanceCertificates(doc, association(), [attendanceCertificate()]);
    const pdf = finish(doc);
    for (const f of fontFiles(pdf)) {
      expect(f.dictionary).not.toContain('/Filter');
      expect(f.stream.readUInt32BE(0)).toBe(0x00010000);
    }
    expect(pdfFlatText(save('sans-compression.pdf', pdf))).toContain('Réf. ATT-2026-0042');
  });

  test('text with rarer characters and decomposed accents still reads back', () => {
    const cert = attendanceCertificate(42, {
      representative: { civility: 'M.', firstName: 'Ştefan', lastName: 'Nguyễn Đức', employer: null },
      meeting: { ...attendanceCertificate().meeting, title: 'Se\u0301ance de re\u0301vision — Ω' },
    });
    const text = pdfFlatText(
      save('caracteres-rares.pdf', renderAttendanceCertificates(association(), [cert])),
    );
    expect(text).toContain('M. Ştefan Nguyễn Đức');
    expect(text).toContain('Séance de révision — Ω');
  });
});
