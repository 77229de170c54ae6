/**
 * « Exporter ses données » (RGPD, droits d'accès et à la portabilité): everything Porte-voix holds
 * about one person, in one zip: `donnees.xlsx` (one sheet per kind of record), `donnees.json`
 * (the same sections, for another program), the files attached to their records and the
 * documents issued to them (attestations, états de frais, reçus fiscaux) as PDF.
 */
import ExcelJS from 'exceljs';
import { logAction } from '../../db/audit';
import { readStoredFile } from '../association/stored-files';
import { reprintAttestation } from '../attestations/attestations';
import { claimPdf } from '../claims/claim-documents';
import { taxReceiptPdf } from '../treasury/tax-receipts';
import { AppError } from '../errors';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { fileNamePart } from '../../shared/rules/text';
import { plural } from '../../shared/rules/plural';
import { readPersonData, type PersonSection, type SectionRow } from './person-sections';
import { uniqueNames, zipBuffers, type ZipEntry } from './zip';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the file does not hold, said in the file itself so that nobody looks for it. */
const notIncluded = [
  'Les réponses aux questionnaires de satisfaction sont anonymes : elles ne sont reliées à aucune personne et ne figurent donc pas ici.',
  'Les montants sont en euros ; les dates au format AAAA-MM-JJ, les horodatages en temps universel (UTC).',
];

async function workbook(sections: PersonSection[], readme: string[], created: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Porte-voix';
  book.created = created;
  const about = book.addWorksheet('À lire');
  about.columns = [{ width: 120 }];
  for (const line of readme) about.addRow([line]);
  for (const section of sections) {
    const sheet = book.addWorksheet(section.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    const first = section.rows[0];
    const headers = first ? Object.keys(first) : ['Aucune donnée'];
    sheet.columns = headers.map((h) => ({ header: h, width: Math.min(40, Math.max(12, h.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of section.rows) sheet.addRow(headers.map((h) => cell(row[h])));
  }
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function cell(value: SectionRow[string] | undefined): string | number | boolean | Date | null {
  if (typeof value === 'string') {
    const m = isoDate.exec(value);
    // A calendar date becomes a real date cell (UTC midnight is read back as that very day).
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return value ?? null;
}

/** The issued documents, rebuilt as PDF; one that cannot be rebuilt is named in « À lire », not fatal. */
async function issuedDocuments(
  ctx: ServiceContext,
  issued: { attestationIds: number[]; claimIds: number[]; receiptIds: number[] },
  missing: string[],
): Promise<ZipEntry[]> {
  const out: ZipEntry[] = [];
  const tryAdd = async (folder: string, make: () => Promise<ProducedFile>) => {
    try {
      const file = await make();
      out.push({ name: `documents/${folder}/${file.fileName}`, data: file.data });
    } catch (error) {
      missing.push(`${folder} : ${error instanceof AppError ? error.message : 'document non reproduit'}`);
    }
  };
  for (const id of issued.attestationIds) await tryAdd('attestations', () => reprintAttestation(ctx, id));
  for (const id of issued.claimIds) await tryAdd('notes de frais', () => claimPdf(ctx, id));
  for (const id of issued.receiptIds) await tryAdd('reçus fiscaux', () => taxReceiptPdf(ctx, id));
  return out;
}

export async function exportPersonData(ctx: ServiceContext, id: number): Promise<ProducedFile> {
  const person = await readPersonData(ctx.db, id);
  const at = isoNow(ctx);
  const unique = uniqueNames();
  const missing: string[] = [];
  const entries: ZipEntry[] = [];

  for (const f of person.files) {
    try {
      const stored = await readStoredFile(ctx, f.hash);
      entries.push({
        name: unique(`documents/${f.folder}/${f.name.replace(/[\\/]/g, '_')}`),
        data: stored.bytes,
      });
    } catch (error) {
      missing.push(`${f.folder} : ${f.name} (${error instanceof AppError ? error.message : 'illisible'})`);
    }
  }
  for (const doc of await issuedDocuments(ctx, person.issued, missing)) {
    entries.push({ ...doc, name: unique(doc.name) });
  }

  const counts = person.sections.map((s) => `${s.title} : ${s.rows.length}`);
  const readme = [
    `Données personnelles de ${person.personName}, exportées de Porte-voix le ${at.slice(0, 10)}.`,
    '',
    'Le classeur donnees.xlsx a une feuille par nature de données ; donnees.json contient les mêmes sections pour un autre logiciel.',
    `Le dossier « documents » contient ${plural(entries.length, 'document', 'documents')} : pièces jointes (justificatifs, chartes signées, documents des comptes rendus) et documents délivrés (attestations, états de frais, reçus fiscaux).`,
    '',
    ...counts,
    '',
    ...notIncluded,
    ...(missing.length > 0 ? ['', 'Documents qui n’ont pas pu être joints :', ...missing] : []),
  ];

  const json = {
    personne: person.personName,
    exporteLe: at,
    application: `Porte-voix ${ctx.appVersion}`,
    aSavoir: notIncluded,
    ...Object.fromEntries(person.sections.map((s) => [s.key, s.key === 'identite' ? s.rows[0] : s.rows])),
    documents: entries.map((e) => e.name),
    documentsManquants: missing,
  };

  const zip = await zipBuffers(
    [
      { name: 'À lire.txt', data: Buffer.from(`${readme.join('\r\n')}\r\n`, 'utf8') },
      { name: 'donnees.xlsx', data: await workbook(person.sections, readme, ctx.now()) },
      { name: 'donnees.json', data: Buffer.from(JSON.stringify(json, null, 2), 'utf8') },
      ...entries,
    ],
    ctx.now(),
  );

  // Handing a person's data out is itself worth a trace: who, when, how much.
  await logAction(ctx.db, {
    at,
    actor: ctx.actor,
    action: 'données personnelles exportées',
    entity: 'representative',
    entityId: id,
    details: { documents: entries.length, sections: person.sections.length },
  });
  return producedFile(
    `donnees-personnelles-${fileNamePart(person.personName) || id}-${todayIso(ctx)}.zip`,
    'application/zip',
    zip,
  );
}
