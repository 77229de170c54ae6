/**
 * Paying validated claims as one SEPA credit-transfer file (pain.001.001.03) from the association's
 * account. Producing the file pays nothing yet: the batch is « à transmettre » and its claims stay
 * « validée » (en cours de virement) until the treasurer confirms the bank accepted it
 * (sepa-batches.ts). People without a valid IBAN are listed and left out rather than failing the file.
 */
import { transliterateSepa } from '../../shared/treasury/sepa-text';
import { bicError, ibanError, isSepaIban, normalizeIban } from '../../shared/rules/iban';
import type { ClaimStatus } from '../../shared/claims/schemas';
import type { SepaBatchResult, SepaPreview } from '../../shared/claims/types';
import { claimAllows } from '../../shared/claims/workflow';
import { producedFile, type Produced } from '../files/produced-file';
import { logAction } from '../../db/audit';
import { insertEvent } from '../../db/claims/claims';
import { formatNumber, nextNumber } from '../../db/sequence';
import { AppError } from '../errors';
import { getAssociation } from '../association/association';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import * as batches from '../../db/treasury/sepa-batches';
import { batchFileName, buildBatchXml, type SepaItem } from './sepa-file';

/**
 * Why a person cannot be paid by transfer (missing or invalid IBAN or BIC, a name the bank
 * cannot read), or null. Shared by the payments page and « À faire ».
 */
export function payeeAccountProblem(row: {
  first_name: string;
  last_name: string;
  iban: string | null;
  bic: string | null;
}): string | null {
  // The bank needs a name in Latin letters; one that reduces to nothing would refuse the whole file.
  if (transliterateSepa(`${row.first_name} ${row.last_name}`) === '') {
    return 'nom sans lettre latine : ajoutez sur la fiche une graphie en lettres latines pour le virement';
  }
  if (!row.iban) return 'IBAN manquant sur la fiche';
  const problem = ibanError(row.iban);
  if (problem) return problem;
  if (!isSepaIban(row.iban)) return 'IBAN hors de la zone SEPA';
  if (row.bic && bicError(row.bic)) return bicError(row.bic);
  return null;
}

function payeeProblem(row: {
  status: string;
  sepa_batch_id: number | null;
  total_cents: number;
  first_name: string;
  last_name: string;
  iban: string | null;
  bic: string | null;
}): string | null {
  // The workflow says whether the claim may be paid; a transfer file is one way of paying it.
  const facts = {
    status: row.status as ClaimStatus,
    number: null,
    pendingTransfer: null,
    taxReceiptNumber: null,
  };
  if (!claimAllows(facts, 'markPaid')) return 'note non validée';
  if (row.sepa_batch_id !== null) return 'déjà dans un lot de virements à transmettre';
  if (row.total_cents <= 0) return 'montant nul ou négatif';
  return payeeAccountProblem(row);
}

function debtorProblem(association: {
  name: string;
  iban: string | null;
  bic: string | null;
}): string | null {
  if (!association.name.trim()) return 'Le nom de l’association manque (Paramètres › Association).';
  if (!association.iban) return 'L’IBAN de l’association manque (Paramètres › Association).';
  const problem = ibanError(association.iban);
  if (problem) return `Compte de l’association : ${problem}.`;
  return null;
}

export async function previewSepa(ctx: ServiceContext, claimIds: number[]): Promise<SepaPreview> {
  const rows = await batches.claimsWithPayees(ctx.db, claimIds);
  const preview: SepaPreview = {
    included: [],
    excluded: [],
    totalCents: 0,
    debtorProblem: debtorProblem(await getAssociation(ctx)),
  };
  for (const r of rows) {
    const personName = `${r.first_name} ${r.last_name}`;
    const problem = payeeProblem(r);
    if (problem)
      preview.excluded.push({
        claimId: r.id,
        number: r.number,
        personName,
        representativeId: r.representative_id,
        reason: problem,
      });
    else {
      preview.included.push({ claimId: r.id, number: r.number, personName, amountCents: r.total_cents });
      preview.totalCents += r.total_cents;
    }
  }
  return preview;
}

export async function createSepaBatch(
  ctx: ServiceContext,
  input: { claimIds: number[]; executionDate: string },
): Promise<Produced<SepaBatchResult>> {
  if (input.executionDate < todayIso(ctx)) {
    throw new AppError('VALIDATION', 'La date d’exécution ne peut pas être passée.', {
      executionDate: 'Date passée',
    });
  }
  const association = await getAssociation(ctx);
  const problem = debtorProblem(association);
  if (problem) throw new AppError('VALIDATION', problem);
  const at = isoNow(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await batches.claimsWithPayees(trx, input.claimIds);
    const excluded: SepaPreview['excluded'] = [];
    const items: Array<SepaItem & { claim_id: number; representative_id: number }> = [];
    for (const r of rows) {
      const personName = `${r.first_name} ${r.last_name}`;
      const why = payeeProblem(r);
      if (why) {
        excluded.push({
          claimId: r.id,
          number: r.number,
          personName,
          representativeId: r.representative_id,
          reason: why,
        });
        continue;
      }
      items.push({
        claim_id: r.id,
        representative_id: r.representative_id,
        person_name: personName,
        iban: normalizeIban(r.iban ?? ''),
        bic: r.bic,
        end_to_end_id: r.number ?? `NF-${r.id}`,
        remittance: `Remboursement note de frais ${r.number ?? r.id}`,
        amount_cents: r.total_cents,
      });
    }
    if (items.length === 0) {
      throw new AppError(
        'VALIDATION',
        'Aucune des notes choisies ne peut être virée (note non validée, déjà dans un lot, ou IBAN manquant ou invalide).',
      );
    }
    const year = Number(at.slice(0, 4));
    const messageId = formatNumber('VIR', year, await nextNumber(trx, 'sepa', year));
    const xml = buildBatchXml({
      messageId,
      revision: 1,
      at,
      executionDate: input.executionDate,
      debtor: association,
      items,
    });
    const total = items.reduce((s, p) => s + p.amount_cents, 0);
    const fileName = batchFileName(messageId, 1);
    const batchId = await batches.insertBatch(trx, {
      message_id: messageId,
      created_at: at,
      created_by: ctx.actor,
      execution_date: input.executionDate,
      payment_count: items.length,
      total_cents: total,
      file_name: fileName,
      xml,
      state: 'a_transmettre',
    });
    for (const item of items) {
      await batches.insertBatchItem(trx, { ...item, batch_id: batchId });
      // Still « validée »: paid only once the bank has accepted the file.
      await batches.setClaimBatch(trx, item.claim_id, batchId, at);
      await insertEvent(trx, {
        claimId: item.claim_id,
        at,
        actor: ctx.actor,
        action: `mise en virement (${messageId}, à transmettre)`,
        from: 'validee',
        to: 'validee',
      });
    }
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'fichier de virements produit',
      entity: 'sepa_batch',
      entityId: batchId,
      details: { messageId, notes: items.length, exclues: excluded.length },
    });
    return {
      batch: {
        id: batchId,
        messageId,
        createdAt: at,
        executionDate: input.executionDate,
        paymentCount: items.length,
        totalCents: total,
        fileName,
        state: 'a_transmettre',
        confirmedAt: null,
        cancelledAt: null,
        cancelReason: null,
        revision: 1,
        revisedAt: null,
        payees: [],
      },
      excluded,
      file: producedFile(fileName, 'application/xml', Buffer.from(xml, 'utf8')),
    };
  });
}
