/**
 * Paying validated claims: by hand (date, mode, reference) or as one SEPA credit-transfer file
 * (pain.001.001.03) from the association's account. People without a valid IBAN are listed
 * and left out rather than failing the whole file.
 */
import { buildSepaCreditTransferXml, SepaInputError, type SepaPayment } from '../rules/sepa-credit-transfer';
import { transliterateSepa } from '../rules/sepa-text';
import { bicError, ibanError, isSepaIban, normalizeIban } from '../../shared/rules/iban';
import type { SepaBatchResult, SepaBatchSummary, SepaPreview } from '../../shared/types/claims';
import type { GeneratedFile } from '../../shared/types/files';
import { logAction, type Executor } from '../../db/repositories/audit';
import { formatNumber, nextNumber } from '../../db/repositories/sequence';
import { AppError, notFound } from '../errors';
import { getAssociation } from './association';
import { markPaid } from './claims';
import { isoNow, todayIso, type ServiceContext } from './context';
import { idList } from '../../db/id-list';

async function claimsWithPayees(db: Executor, ids: readonly number[]) {
  const rows = [];
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom('claim as c')
        .innerJoin('representative as r', 'r.id', 'c.representative_id')
        .select([
          'c.id',
          'c.number',
          'c.status',
          'c.total_cents',
          'r.first_name',
          'r.last_name',
          'r.iban',
          'r.bic',
        ])
        .where('c.id', 'in', idList(ids.slice(start, start + 500)))
        .execute()),
    );
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function payeeProblem(row: {
  status: string;
  total_cents: number;
  first_name: string;
  last_name: string;
  iban: string | null;
  bic: string | null;
}): string | null {
  if (row.status !== 'validee') return 'note non validée';
  if (row.total_cents <= 0) return 'montant nul ou négatif';
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
  const rows = await claimsWithPayees(ctx.db, claimIds);
  const preview: SepaPreview = {
    included: [],
    excluded: [],
    totalCents: 0,
    debtorProblem: debtorProblem(await getAssociation(ctx)),
  };
  for (const r of rows) {
    const personName = `${r.first_name} ${r.last_name}`;
    const problem = payeeProblem(r);
    if (problem) preview.excluded.push({ claimId: r.id, number: r.number, personName, reason: problem });
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
): Promise<SepaBatchResult> {
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
    const rows = await claimsWithPayees(trx, input.claimIds);
    const excluded: SepaPreview['excluded'] = [];
    const payments: SepaPayment[] = [];
    const included: number[] = [];
    for (const r of rows) {
      const personName = `${r.first_name} ${r.last_name}`;
      const why = payeeProblem(r);
      if (why) {
        excluded.push({ claimId: r.id, number: r.number, personName, reason: why });
        continue;
      }
      included.push(r.id);
      payments.push({
        endToEndId: r.number ?? `NF-${r.id}`,
        creditorName: personName,
        creditorIban: normalizeIban(r.iban ?? ''),
        creditorBic: r.bic ?? undefined,
        amountCents: r.total_cents,
        remittanceInfo: `Remboursement note de frais ${r.number ?? r.id}`,
      });
    }
    if (payments.length === 0) {
      throw new AppError(
        'VALIDATION',
        'Aucune des notes choisies ne peut être virée (note non validée ou IBAN manquant ou invalide).',
      );
    }
    const year = Number(at.slice(0, 4));
    const messageId = formatNumber('VIR', year, await nextNumber(trx, 'sepa', year));
    let xml: string;
    try {
      xml = buildSepaCreditTransferXml({
        messageId,
        createdAt: at.replace(/\.\d+Z$/, 'Z').replace('Z', ''),
        debtor: { name: association.name, iban: association.iban ?? '', bic: association.bic ?? undefined },
        requestedExecutionDate: input.executionDate,
        batchBooking: true,
        payments,
      });
    } catch (error) {
      if (error instanceof SepaInputError) throw new AppError('VALIDATION', error.problems.join(' ; '));
      throw error;
    }
    const total = payments.reduce((s, p) => s + p.amountCents, 0);
    const fileName = `virements-${messageId}.xml`;
    const batch = await trx
      .insertInto('sepa_batch')
      .values({
        message_id: messageId,
        created_at: at,
        created_by: ctx.actor,
        execution_date: input.executionDate,
        payment_count: payments.length,
        total_cents: total,
        file_name: fileName,
        xml,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await markPaid(
      ctx,
      { ids: included, paidOn: input.executionDate, method: 'virement', reference: messageId },
      trx,
      batch.id,
    );
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'fichier de virements produit',
      entity: 'sepa_batch',
      entityId: batch.id,
      details: { messageId, notes: payments.length, exclues: excluded.length },
    });
    return {
      batch: {
        id: batch.id,
        messageId,
        createdAt: at,
        executionDate: input.executionDate,
        paymentCount: payments.length,
        totalCents: total,
        fileName,
      },
      excluded,
      file: { fileName, mime: 'application/xml', dataBase64: Buffer.from(xml, 'utf8').toString('base64') },
    };
  });
}

export async function listSepaBatches(ctx: ServiceContext): Promise<SepaBatchSummary[]> {
  const rows = await ctx.db
    .selectFrom('sepa_batch')
    .select(['id', 'message_id', 'created_at', 'execution_date', 'payment_count', 'total_cents', 'file_name'])
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    messageId: r.message_id,
    createdAt: r.created_at,
    executionDate: r.execution_date,
    paymentCount: r.payment_count,
    totalCents: r.total_cents,
    fileName: r.file_name,
  }));
}

export async function downloadSepaBatch(ctx: ServiceContext, id: number): Promise<GeneratedFile> {
  const row = await ctx.db
    .selectFrom('sepa_batch')
    .select(['file_name', 'xml'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Fichier de virements');
  return {
    fileName: row.file_name,
    mime: 'application/xml',
    dataBase64: Buffer.from(row.xml, 'utf8').toString('base64'),
  };
}
