/**
 * The floors of our documents: the same attestation (same text, comparable layout) drawn by
 * plain pdfkit — its own `text()` layout, the TTF read once and handed to each document, as a
 * newcomer would write it — and printed by Chromium's `page.pdf()` from HTML, the route most
 * Electron apps take (playwright-core driving Debian's /usr/bin/chromium).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { chromium, type Page } from 'playwright-core';
import { LEGAL_BASIS } from '../electron/documents/attendance-certificate';
import {
  formatDate,
  formatDuration,
  formatLongDate,
  formatTime,
  fullName,
  postalLines,
} from '../electron/documents/format';
import type { AssociationIdentity, AttendanceCertificate } from '../electron/documents/types';

const FONTS = path.resolve(__dirname, '../electron/documents/fonts');
// Read once per process, as an app would keep them; pdfkit parses them in every document.
const regular = fs.readFileSync(path.join(FONTS, 'LiberationSans-Regular.ttf'));
const bold = fs.readFileSync(path.join(FONTS, 'LiberationSans-Bold.ttf'));

interface AttestationText {
  header: string;
  subheader: string;
  reference: string;
  intro: string;
  rows: Array<[string, string]>;
  legal: string[];
  place: string;
  signatory: string[];
  footer: string;
}

/** What an attestation says, once for both references. */
function attestationText(a: AssociationIdentity, c: AttendanceCertificate): AttestationText {
  // The reference is drawn for a meeting of an instance only.
  const instance = c.instance;
  if (!instance) throw new Error('Attestation de référence : une réunion d’instance est attendue.');
  const org = instance.organisation;
  const rows: Array<[string, string]> = [
    ['Représentant', fullName(c.representative)],
    ['Adresse', postalLines(c.representative).join(', ')],
    ['Employeur', c.representative.employer ?? ''],
    ['Instance', `${instance.name} (${instance.typeLabel})`],
    ['Organisme', [org.name, ...postalLines(org)].join(', ')],
    ['Réunion', c.meeting.title ?? ''],
    ['Date', formatLongDate(c.meeting.date)],
    ['Horaires de la séance', `de ${formatTime(c.meeting.startTime)} à ${formatTime(c.meeting.endTime)}`],
    [
      'Présence effective',
      `de ${formatTime(c.presence.startTime)} à ${formatTime(c.presence.endTime)}, soit ${formatDuration(c.presence.minutes)}`,
    ],
    ['Modalité', c.presence.status === 'distance' ? 'À distance (visioconférence)' : 'Sur place'],
    ['Lieu', c.meeting.place ?? ''],
  ];
  return {
    header: a.name,
    subheader: `${postalLines(a).join(' — ')} · RNA ${a.rna ?? ''} · SIREN ${a.siren ?? ''}`,
    reference: `Réf. ${c.reference} — délivrée le ${formatDate(c.issuedOn)}`,
    intro: `${c.signatory.name}, ${c.signatory.role} de l’association ${a.name}, atteste que ${fullName(c.representative)}, représentant des usagers, a effectivement siégé à la réunion décrite ci-dessous.`,
    rows: rows.filter(([, v]) => v),
    legal: [LEGAL_BASIS, 'Attestation établie pour servir et valoir ce que de droit.'],
    place: `Fait à ${a.documentPlace}, le ${formatDate(c.issuedOn)}`,
    signatory: [c.signatory.name, c.signatory.role],
    footer: `Attestation ${c.reference} — ${a.name}`,
  };
}

// ------------------------------------------------------------------ plain pdfkit

/** The attestations drawn with pdfkit's own API, one page each, in one document. */
export function plainPdfkitAttestations(
  a: AssociationIdentity,
  certificates: AttendanceCertificate[],
): Buffer {
  const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: false, lang: 'fr-FR' });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  for (const c of certificates) {
    const t = attestationText(a, c);
    doc.addPage();
    if (a.logo) doc.image(a.logo.data, 50, 40, { fit: [54, 54] });
    doc.font('bold').fontSize(12).fillColor('#1f4e79').text(t.header, 115, 45);
    doc.font('regular').fontSize(8.5).fillColor('#5b6472').text(t.subheader).text(t.reference);
    doc.moveTo(50, 105).lineTo(545, 105).stroke('#1f4e79');
    doc
      .font('bold')
      .fontSize(16)
      .fillColor('#1f4e79')
      .text('ATTESTATION DE PRÉSENCE', 50, 125, { align: 'center' });
    doc
      .font('regular')
      .fontSize(9.5)
      .fillColor('#5b6472')
      .text('Congé de représentation', { align: 'center' });
    doc.moveDown().fontSize(10.5).fillColor('#1b1f24').text(t.intro, { align: 'justify' }).moveDown();
    for (const [label, value] of t.rows) {
      const y = doc.y;
      doc.font('regular').fontSize(9.5).fillColor('#5b6472').text(label, 60, y, { width: 130 });
      doc.font('bold').fontSize(10.5).fillColor('#1b1f24').text(value, 195, y, { width: 340 });
      doc.moveDown(0.3);
    }
    doc.moveDown();
    for (const paragraph of t.legal)
      doc.font('regular').fontSize(9).fillColor('#5b6472').text(paragraph, 50, doc.y, { align: 'justify' });
    doc.moveDown().font('bold').fontSize(9.5).fillColor('#1b1f24').text(t.place, 315);
    doc.font('regular').text(t.signatory.join('\n'), 315);
    doc
      .rect(315, doc.y + 5, 230, 62)
      .dash(3, { space: 2 })
      .stroke('#c5ccd6')
      .undash();
    doc.fontSize(7.5).fillColor('#5b6472').text(t.footer, 50, 790, { lineBreak: false });
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// ------------------------------------------------------------------ Chromium

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function attestationHtml(a: AssociationIdentity, c: AttendanceCertificate, logoUri: string | null): string {
  const e = escapeHtml;
  const t = attestationText(a, c);
  return `<section class="page">
  <header>${logoUri ? `<img src="${logoUri}">` : ''}<div class="id"><b>${e(t.header)}</b><small>${e(t.subheader)}</small>
  <small>${e(t.reference)}</small></div></header>
  <h1>ATTESTATION DE PRÉSENCE</h1><p class="sub">Congé de représentation</p>
  <p class="intro">${e(t.intro)}</p>
  <table>${t.rows.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>
  ${t.legal.map((p) => `<p class="legal">${e(p)}</p>`).join('')}
  <div class="sign"><b>${e(t.place)}</b><br>${t.signatory.map(e).join('<br>')}<div class="box">Signature et cachet de l’association</div></div>
  <footer>${e(t.footer)}</footer>
</section>`;
}

export function attestationsHtml(a: AssociationIdentity, certificates: AttendanceCertificate[]): string {
  const logoUri = a.logo ? `data:${a.logo.mime};base64,${a.logo.data.toString('base64')}` : null;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 0 }
  body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; color: #1b1f24; font-size: 10.5pt }
  .page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 13mm 17.6mm; position: relative; break-after: page }
  header { display: flex; gap: 12px; border-bottom: 1.2pt solid #1f4e79; padding-bottom: 8px }
  header img { width: 54pt; height: 54pt } .id { flex: 1 } .id b { color: #1f4e79; font-size: 12pt; display: block }
  small { display: block; color: #5b6472; font-size: 8.5pt }
  h1 { text-align: center; color: #1f4e79; font-size: 16pt; margin: 18pt 0 2pt } .sub { text-align: center; color: #5b6472; font-size: 9.5pt }
  .intro { text-align: justify } table { width: 100%; background: #f7f9fb; border: .6pt solid #c5ccd6; border-radius: 3pt; padding: 8pt }
  th { text-align: left; font-weight: normal; color: #5b6472; font-size: 9.5pt; width: 135pt } td { font-weight: bold }
  .legal { color: #5b6472; font-size: 9pt; text-align: justify } .sign { margin-left: auto; width: 230pt; font-size: 9.5pt }
  .box { height: 62pt; border: .6pt dashed #c5ccd6; border-radius: 3pt; margin-top: 5pt; font-size: 7.5pt; color: #5b6472; display: flex; align-items: flex-end; padding: 4pt }
  footer { position: absolute; bottom: 10mm; left: 17.6mm; right: 17.6mm; border-top: .5pt solid #c5ccd6; font-size: 7.5pt; color: #5b6472; padding-top: 4pt }
  </style></head><body>${certificates.map((c) => attestationHtml(a, c, logoUri)).join('\n')}</body></html>`;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumPrinter {
  /** Loads the HTML and prints it to PDF, as an Electron app's printToPDF would. */
  print: (html: string) => Promise<Buffer>;
  close: () => Promise<void>;
}

export async function openChromium(): Promise<ChromiumPrinter> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page: Page = await context.newPage();
  return {
    print: async (html) => {
      await page.setContent(html);
      return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    },
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
