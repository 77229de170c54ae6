/**
 * PDF generators of Porte-voix: pure functions from plain data (see ./types) to a PDF file.
 *
 * - Synchronous: each returns the complete PDF as a Buffer (pdfkit writes into memory,
 *   see pdf-document.ts). A batch of 1,000 pages takes well under a second; callers that
 *   must keep the Electron main loop responsive can call them from a worker_thread,
 *   since nothing here touches Electron, the database or the file system (except the
 *   fonts, read once per process: see setFontDirectory when packaging).
 * - Batches go into one document, each item starting on a new page, pages numbered
 *   "Page x / y" per item in the footer.
 */
import { finish, newDocument } from './pdf-document';
import { drawAttendanceCertificates } from './attendance-certificate';
import { drawParticipationRecords } from './participation-record';
import { drawCharters } from './charter';
import { drawMandateLists } from './mandate-list';
import { drawExpenseClaims } from './expense-claim';
import { drawTaxReceipts } from './tax-receipt';
import { fullName } from './format';
import type {
  AssociationIdentity,
  AttendanceCertificate,
  CharterDocument,
  ExpenseClaimDocument,
  MandateList,
  ParticipationRecord,
  TaxReceipt,
} from './types';
import { associationName } from './letterhead';

export type * from './types';
export { setFontDirectory } from './fonts';
export { formatDate, formatDuration, formatEuros, formatTime, maskIban } from './format';

function titleFor(base: string, refs: string[]): string {
  return refs.length === 1 ? `${base} ${refs[0]}` : `${base} (${refs.length})`;
}

/** For issued documents: the same data and date give the same bytes (see NewDocumentOptions). */
export interface RenderOptions {
  creationDate?: Date;
}

function nonEmpty<T>(items: readonly T[], what: string): void {
  if (items.length === 0) throw new Error(`aucun document à générer : ${what}`);
}

/** Attestations de présence (congé de représentation), one page each. */
export function renderAttendanceCertificates(
  association: AssociationIdentity,
  certs: readonly AttendanceCertificate[],
  options: RenderOptions = {},
): Buffer {
  nonEmpty(certs, 'attestations de présence');
  const doc = newDocument({
    title: titleFor(
      'Attestation de présence',
      certs.map((c) => c.reference),
    ),
    author: associationName(association),
    bufferPages: true,
    creationDate: options.creationDate,
  });
  drawAttendanceCertificates(doc, association, certs);
  return finish(doc);
}

/** Relevés annuels de participation, each record starting on a new page. */
export function renderParticipationRecords(
  association: AssociationIdentity,
  records: readonly ParticipationRecord[],
): Buffer {
  const batch = participationRecordsDocument(association);
  batch.add(records);
  return batch.finish();
}

export interface DocumentBatch<T> {
  /** Draws these items (each on new pages) and flushes their pages. */
  add: (items: readonly T[]) => void;
  finish: () => Buffer;
}

/**
 * Relevés drawn a few at a time into one document, so that a batch job can report progress and
 * let other requests through between two groups; the title, which counts them, is set at the end.
 */
export function participationRecordsDocument(
  association: AssociationIdentity,
): DocumentBatch<ParticipationRecord> {
  const doc = newDocument({
    title: 'Relevés de participation',
    author: associationName(association),
    bufferPages: true,
  });
  let count = 0;
  let first: ParticipationRecord | undefined;
  return {
    add: (records) => {
      drawParticipationRecords(doc, association, records);
      count += records.length;
      first ??= records[0];
    },
    finish: () => {
      if (count === 0 || !first) throw new Error('aucun document à générer : relevés de participation');
      const title =
        count === 1
          ? `Relevé de participation ${first.year} — ${fullName(first.person)}`
          : `Relevés de participation (${count})`;
      doc.info.Title = title;
      doc.info.Subject = title;
      return finish(doc);
    },
  };
}

/** Charte d'engagement for one representative, or several in one document. */
export function renderCharter(
  association: AssociationIdentity,
  charters: CharterDocument | readonly CharterDocument[],
): Buffer {
  const list = Array.isArray(charters)
    ? (charters as readonly CharterDocument[])
    : [charters as CharterDocument];
  nonEmpty(list, 'chartes');
  const first = list[0];
  const doc = newDocument({
    title: first ? `${first.charter.title} — version ${first.charter.version}` : 'Charte',
    author: associationName(association),
    bufferPages: true,
  });
  drawCharters(doc, association, list);
  return finish(doc);
}

/** Liste des mandats, landscape, header row repeated on every page. */
export function renderMandateList(association: AssociationIdentity, list: MandateList): Buffer {
  const doc = newDocument({
    title: list.title,
    author: associationName(association),
    layout: 'landscape',
    bufferPages: true,
  });
  drawMandateLists(doc, association, [list]);
  return finish(doc);
}

/** États de frais de déplacement, each claim starting on a new page. */
export function renderExpenseClaim(
  association: AssociationIdentity,
  claims: readonly ExpenseClaimDocument[],
  options: RenderOptions = {},
): Buffer {
  nonEmpty(claims, 'états de frais');
  const doc = newDocument({
    title: titleFor(
      'État de frais',
      claims.map((c) => c.number),
    ),
    author: associationName(association),
    bufferPages: true,
    creationDate: options.creationDate,
  });
  drawExpenseClaims(doc, association, claims);
  return finish(doc);
}

/** Reçus fiscaux (cerfa n° 11580*05 layout), one page each. */
export function renderTaxReceipts(
  association: AssociationIdentity,
  receipts: readonly TaxReceipt[],
  options: RenderOptions = {},
): Buffer {
  nonEmpty(receipts, 'reçus fiscaux');
  const doc = newDocument({
    title: titleFor(
      'Reçu fiscal',
      receipts.map((r) => r.number),
    ),
    author: associationName(association),
    bufferPages: true,
    creationDate: options.creationDate,
  });
  drawTaxReceipts(doc, association, receipts);
  return finish(doc);
}
