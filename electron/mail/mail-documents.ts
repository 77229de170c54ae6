/**
 * Each document that can be sent, with its person and what its message says: the very PDF the
 * screens produce (the same service call), never a second rendering.
 */
import * as attestationsRepo from '../../db/attestations/attestations';
import { getTaxReceiptRow } from '../../db/claims/receipts';
import type { MailDocumentInput } from '../../shared/mail/schemas';
import type { MailKind, Placeholder } from '../../shared/mail/templates';
import { frenchDate } from '../../shared/rules/dates';
import { formatEuros } from '../../shared/rules/format-fr';
import { reprintAttestation } from '../attestations/attestations';
import { participationRecordPdf, participationRecords } from '../attestations/participation-records';
import { requiredAssociationIdentity } from '../association/identity';
import { claimPdf } from '../claims/claim-documents';
import { getClaim } from '../claims/claims';
import { AppError, notFound } from '../errors';
import type { ProducedFile } from '../files/produced-file';
import type { ServiceContext } from '../service-context';
import { taxReceiptPdf } from '../treasury/tax-receipts';

export interface MailDocument {
  kind: MailKind;
  representativeId: number;
  file: ProducedFile;
  /** The document's own placeholders; the person's and the association's are added when sending. */
  values: Partial<Record<Placeholder, string>>;
  /** For the person's history. */
  reference: string;
}

/** The relevé of one person and year, or null when the person had no activity that year. */
export async function releveDocument(
  ctx: ServiceContext,
  representativeId: number,
  year: number,
): Promise<MailDocument | null> {
  const [record] = await participationRecords(ctx, [representativeId], year);
  if (!record) throw notFound('Personne');
  if (record.mandates.length === 0 && record.counts.convened === 0 && (record.sessions ?? []).length === 0)
    return null;
  return {
    kind: 'releve',
    representativeId,
    file: participationRecordPdf(await requiredAssociationIdentity(ctx.db), record),
    values: { annee: String(year) },
    reference: `Relevé ${year}`,
  };
}

export async function mailDocument(ctx: ServiceContext, input: MailDocumentInput): Promise<MailDocument> {
  switch (input.kind) {
    case 'releve': {
      const document = await releveDocument(ctx, input.representativeId, input.year);
      if (!document)
        throw new AppError(
          'FORBIDDEN_STATE',
          `Cette personne n’a ni mandat ni réunion en ${input.year} : il n’y a pas de relevé à envoyer.`,
        );
      return document;
    }
    case 'attestation': {
      const record = await attestationsRepo.getAttestation(ctx.db, input.id);
      if (!record) throw notFound('Attestation');
      if (record.voided)
        throw new AppError(
          'FORBIDDEN_STATE',
          `L’attestation ${record.reference} est annulée : elle ne s’envoie plus.`,
        );
      return {
        kind: 'attestation',
        representativeId: record.representativeId,
        file: await reprintAttestation(ctx, input.id),
        values: {
          reference: record.reference,
          date: frenchDate(record.meetingDate),
          objet: record.instanceName,
        },
        reference: record.reference,
      };
    }
    case 'etatDeFrais': {
      const claim = await getClaim(ctx, input.id);
      if (claim.number === null)
        throw new AppError(
          'FORBIDDEN_STATE',
          'Une note en brouillon ne s’envoie pas : soumettez-la d’abord, elle recevra son numéro.',
        );
      return {
        kind: 'etatDeFrais',
        representativeId: claim.representativeId,
        file: await claimPdf(ctx, input.id),
        values: {
          reference: claim.number,
          montant: formatEuros(claim.totalCents),
          annee: (claim.lastDate ?? claim.createdAt).slice(0, 4),
        },
        reference: claim.number,
      };
    }
    case 'recuFiscal': {
      const row = await getTaxReceiptRow(ctx.db, input.id);
      if (!row) throw notFound('Reçu fiscal');
      if (row.cancelled_at !== null)
        throw new AppError(
          'FORBIDDEN_STATE',
          `Le reçu ${row.number} est annulé : envoyez celui qui le remplace.`,
        );
      return {
        kind: 'recuFiscal',
        representativeId: row.representative_id,
        file: await taxReceiptPdf(ctx, input.id),
        values: { reference: row.number, montant: formatEuros(row.amount_cents), annee: String(row.year) },
        reference: row.number,
      };
    }
  }
}
