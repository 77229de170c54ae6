/**
 * Reçus fiscaux for abandons de frais: per person and year (aggregating the renounced claims
 * of that year) or per claim, as the setting says. Numbers RF-YYYY-NNNN follow the order of
 * issue within the year of the gift and are never reused; a correction cancels the receipt
 * (reason logged) and issues a new one under a new number.
 */
import { renderTaxReceipts, type AssociationIdentity, type TaxReceipt } from '../documents';
import { issuedPdf, takeSnapshot } from '../history/snapshots';
import { amountInWords } from '../../shared/rules/amount-in-words';
import { pdfFile, type ProducedFile } from '../files/produced-file';
import type { TaxReceiptSummary, TaxReceiptYear } from '../../shared/claims/types';
import { logAction, type Executor } from '../../db/audit';
import { claimantRow } from '../../db/claims/claimants';
import * as receipts from '../../db/claims/receipts';
import { formatNumber, nextNumber } from '../../db/sequence';
import { AppError, notFound } from '../errors';
import { associationIdentity } from '../association/identity';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { getClaimsSettings } from '../claims/policies';

export async function taxReceiptYear(ctx: ServiceContext, year: number): Promise<TaxReceiptYear> {
  const settings = await getClaimsSettings(ctx);
  const list = await receipts.listTaxReceipts(ctx.db, year);
  const pending = await receipts.renouncedClaimsWithoutReceipt(ctx.db, year, null);
  const byPerson = new Map<number, TaxReceiptYear['candidates'][number]>();
  for (const c of pending) {
    const entry = byPerson.get(c.representative_id) ?? {
      representativeId: c.representative_id,
      personName: `${c.first_name} ${c.last_name}`,
      claims: [],
      totalCents: 0,
      replaces: [],
    };
    entry.claims.push({
      id: c.id,
      number: c.number,
      renouncedOn: c.renounced_on ?? '',
      amountCents: c.total_cents,
    });
    entry.totalCents += c.total_cents;
    byPerson.set(c.representative_id, entry);
  }
  const active = list.filter((r) => !r.cancelled);
  if (settings.receiptGrouping === 'par_personne_annee') {
    for (const entry of byPerson.values()) {
      entry.replaces = active
        .filter((r) => r.representativeId === entry.representativeId)
        .map((r) => ({ number: r.number, amountCents: r.amountCents }));
    }
  }
  return {
    year,
    grouping: settings.receiptGrouping,
    receipts: list,
    candidates: [...byPerson.values()],
    summary: {
      count: active.length,
      totalCents: active.reduce((s, r) => s + r.amountCents, 0),
      cancelledCount: list.length - active.length,
    },
  };
}

const blank = (v: string | null | undefined): boolean => !v || v.trim() === '';

/**
 * The mentions cerfa 11580*05 requires that come from data the user fills in. Checked before a
 * number is taken: a receipt number is used up for good, so an incomplete receipt must never get one.
 */
async function requireMandatoryMentions(
  trx: Executor,
  person: {
    first_name: string;
    last_name: string;
    address_line: string | null;
    postal_code: string | null;
    city: string | null;
  },
): Promise<void> {
  const a = await associationIdentity(trx);
  const missing: string[] = [];
  if (blank(a.name)) missing.push('le nom');
  if (blank(a.addressLine) || blank(a.postalCode) || blank(a.city))
    missing.push('l’adresse complète (rue, code postal, ville)');
  if (blank(a.objet)) missing.push('l’objet');
  if (blank(a.organismType)) missing.push('le type d’organisme');
  if (blank(a.siren) && blank(a.rna)) missing.push('le numéro SIREN ou RNA');
  if (blank(a.treasurer) && blank(a.president))
    missing.push('le nom du trésorier ou du président (signataire)');
  if (blank(a.documentPlace)) missing.push('le lieu de signature des documents (« Fait à »)');
  const parts: string[] = [];
  if (missing.length > 0)
    parts.push(`de l’association : ${missing.join(', ')} — à compléter dans Paramètres › Association`);
  if (blank(person.address_line) || blank(person.postal_code) || blank(person.city)) {
    parts.push(
      `l’adresse complète du donateur (${person.first_name} ${person.last_name}) — à compléter sur sa fiche`,
    );
  }
  if (parts.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Reçu fiscal non émis, des mentions obligatoires manquent : ${parts.join(' ; ')}. Aucun numéro de reçu n’a été utilisé.`,
    );
  }
}

async function issueFor(
  ctx: ServiceContext,
  trx: Executor,
  representativeId: number,
  year: number,
  claims: Array<{ id: number; renounced_on: string | null; total_cents: number }>,
  replacesId: number | null,
): Promise<number> {
  if (claims.length === 0)
    throw new AppError('VALIDATION', 'Aucune note abandonnée sans reçu pour cette personne et cette année.');
  const p = await claimantRow(trx, representativeId);
  if (!p) throw notFound('Représentant');
  const amount = claims.reduce((s, c) => s + c.total_cents, 0);
  if (amount <= 0) throw new AppError('VALIDATION', 'Le montant du don est nul : aucun reçu à émettre.');
  await requireMandatoryMentions(trx, p);
  const seq = await nextNumber(trx, 'tax_receipt', year);
  const at = isoNow(ctx);
  const id = await receipts.insertTaxReceipt(trx, {
    number: formatNumber('RF', year, seq),
    year,
    seq,
    representativeId,
    amountCents: amount,
    giftDates: [...new Set(claims.map((c) => c.renounced_on ?? ''))].sort(),
    donor: {
      name: `${p.civility ? `${p.civility} ` : ''}${p.first_name} ${p.last_name}`,
      addressLine: p.address_line,
      postalCode: p.postal_code,
      city: p.city,
    },
    issuedOn: todayIso(ctx),
    at,
    actor: ctx.actor,
    replacesId,
    claimIds: claims.map((c) => c.id),
  });
  await logAction(trx, {
    at,
    actor: ctx.actor,
    action: 'reçu fiscal émis',
    entity: 'tax_receipt',
    entityId: id,
    details: { numero: formatNumber('RF', year, seq), montant: amount },
  });
  await snapshotReceipt(ctx, trx, id);
  return id;
}

type ReceiptClaim = { id: number; number: string | null; renounced_on: string | null; total_cents: number };

/** The claims an active receipt covers that are still renounced (what a reissue must carry over). */
async function stillRenouncedClaimsOf(trx: Executor, receiptId: number): Promise<ReceiptClaim[]> {
  return (await receipts.claimsOfTaxReceipt(trx, receiptId))
    .filter((c) => c.status === 'abandonnee')
    .map((c) => ({ id: c.id, number: c.number, renounced_on: c.renounced_on, total_cents: c.total_cents }));
}

/**
 * One receipt per person and year: when the person already has an active receipt for the year,
 * it is cancelled (logged) and one receipt aggregating its claims and the new ones is issued
 * under a new number, the old one marked as replaced by it.
 */
async function issueAggregated(
  ctx: ServiceContext,
  trx: Executor,
  representativeId: number,
  year: number,
  fresh: ReceiptClaim[],
): Promise<number> {
  const previous = await receipts.activeTaxReceiptsOf(trx, representativeId, year);
  if (previous.length === 0) return issueFor(ctx, trx, representativeId, year, fresh, null);
  const at = isoNow(ctx);
  const carried: ReceiptClaim[] = [];
  const added = fresh.map((c) => c.number ?? `n° ${c.id}`).join(', ');
  const reason = `Réémis en un seul reçu ${year} pour la personne, avec la nouvelle note abandonnée ${added}`;
  for (const old of previous) {
    carried.push(...(await stillRenouncedClaimsOf(trx, old.id)));
    await receipts.cancelTaxReceipt(trx, old.id, { at, actor: ctx.actor, reason, replacedById: null });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'reçu fiscal annulé',
      entity: 'tax_receipt',
      entityId: old.id,
      details: { numero: old.number, motif: reason },
    });
  }
  const ids = new Set(carried.map((c) => c.id));
  const all = [...carried, ...fresh.filter((c) => !ids.has(c.id))];
  const last = previous[previous.length - 1];
  const newId = await issueFor(ctx, trx, representativeId, year, all, last ? last.id : null);
  for (const old of previous) await receipts.setReplacedBy(trx, old.id, newId);
  return newId;
}

/** Issues the receipt(s): for one person's year, for one claim, or for everyone pending in the year. */
export async function issueTaxReceipts(
  ctx: ServiceContext,
  input: { year: number; representativeId?: number; claimId?: number },
): Promise<TaxReceiptSummary[]> {
  const settings = await getClaimsSettings(ctx);
  const issued: number[] = await ctx.db.transaction().execute(async (trx) => {
    const pending = await receipts.renouncedClaimsWithoutReceipt(
      trx,
      input.year,
      input.representativeId ?? null,
    );
    const chosen = input.claimId === undefined ? pending : pending.filter((c) => c.id === input.claimId);
    if (chosen.length === 0) {
      throw new AppError(
        'VALIDATION',
        `Aucune note abandonnée en ${input.year} n’attend de reçu fiscal${input.claimId ? ' pour cette note' : ''}.`,
      );
    }
    const ids: number[] = [];
    if (settings.receiptGrouping === 'par_note') {
      for (const c of chosen) ids.push(await issueFor(ctx, trx, c.representative_id, input.year, [c], null));
    } else {
      const people = [...new Set(chosen.map((c) => c.representative_id))];
      for (const personId of people) {
        ids.push(
          await issueAggregated(
            ctx,
            trx,
            personId,
            input.year,
            chosen.filter((c) => c.representative_id === personId),
          ),
        );
      }
    }
    return ids;
  });
  const all = await receipts.listTaxReceipts(ctx.db, input.year);
  return all.filter((r) => issued.includes(r.id));
}

export async function cancelTaxReceipt(
  ctx: ServiceContext,
  input: { id: number; reason: string; reissue: boolean },
): Promise<TaxReceiptYear> {
  const at = isoNow(ctx);
  // Read before the transaction: the database has one connection, held by the transaction.
  const settings = await getClaimsSettings(ctx);
  const year = await ctx.db.transaction().execute(async (trx) => {
    const row = await receipts.getTaxReceiptRow(trx, input.id);
    if (!row) throw notFound('Reçu fiscal');
    if (row.cancelled_at !== null)
      throw new AppError('FORBIDDEN_STATE', `Le reçu ${row.number} est déjà annulé.`);
    const covered = await receipts.claimsOfTaxReceipt(trx, row.id);
    await receipts.cancelTaxReceipt(trx, row.id, {
      at,
      actor: ctx.actor,
      reason: input.reason,
      replacedById: null,
    });
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'reçu fiscal annulé',
      entity: 'tax_receipt',
      entityId: row.id,
      details: { numero: row.number, motif: input.reason },
    });
    if (input.reissue) {
      const still = covered.filter((c) => c.status === 'abandonnee');
      if (settings.receiptGrouping === 'par_personne_annee') {
        // The replacement is the person's one receipt of the year: it takes the claims renounced since, too.
        const known = new Set(still.map((c) => c.id));
        for (const c of await receipts.renouncedClaimsWithoutReceipt(trx, row.year, row.representative_id)) {
          if (!known.has(c.id)) still.push({ ...c, status: 'abandonnee' });
        }
      }
      const newId = await issueFor(ctx, trx, row.representative_id, row.year, still, row.id);
      await receipts.setReplacedBy(trx, row.id, newId);
    }
    return row.year;
  });
  return taxReceiptYear(ctx, year);
}

type TaxReceiptRow = NonNullable<Awaited<ReturnType<typeof receipts.getTaxReceiptRow>>>;

/** What the receipt prints, from its row (the donor as recorded at issue) and the association. */
function receiptDocument(
  row: TaxReceiptRow,
  association: AssociationIdentity,
  replacedBy: string | null,
): TaxReceipt {
  return {
    number: row.number,
    donor: {
      name: row.donor_name,
      addressLine: row.donor_address_line,
      postalCode: row.donor_postal_code,
      city: row.donor_city,
    },
    amountCents: row.amount_cents,
    amountInWords: amountInWords(row.amount_cents),
    giftDates: JSON.parse(row.gift_dates) as string[],
    // An abandon de frais is a manual gift the donor declares by the written renunciation.
    form: 'declaration_don_manuel',
    nature: 'frais_benevoles',
    paymentMode: 'abandon_frais',
    issuedOn: row.issued_on,
    signatory: {
      name: association.treasurer || association.president,
      role: '',
      office: association.treasurer ? 'treasurer' : 'president',
      civility: association.treasurer ? association.treasurerCivility : association.presidentCivility,
    },
    replacedBy,
    cancelled: row.cancelled_at !== null,
  };
}

/** In the issuing transaction: the receipt as issued, for its reprints (electron/history/snapshots.ts). */
async function snapshotReceipt(ctx: ServiceContext, trx: Executor, id: number): Promise<void> {
  const row = await receipts.getTaxReceiptRow(trx, id);
  if (!row) throw notFound('Reçu fiscal');
  const association = await associationIdentity(trx);
  const document = receiptDocument(row, association, null);
  await takeSnapshot(ctx, trx, { kind: 'tax_receipt', recordId: id, variant: ISSUED, association, document });
}

const ISSUED = 'emis';

export async function taxReceiptPdf(ctx: ServiceContext, id: number): Promise<ProducedFile> {
  const row = await receipts.getTaxReceiptRow(ctx.db, id);
  if (!row) throw notFound('Reçu fiscal');
  const replacedBy =
    row.replaced_by_id === null ? null : await receipts.getTaxReceiptRow(ctx.db, row.replaced_by_id);
  const cancelled = row.cancelled_at !== null;
  const fileName = `recu-fiscal-${row.number}.pdf`;
  const pdf = await issuedPdf(ctx, {
    kind: 'tax_receipt',
    recordId: id,
    variant: cancelled ? 'annule' : ISSUED,
    fileName,
    current: async () => {
      const association = await associationIdentity(ctx.db);
      return { association, document: receiptDocument(row, association, replacedBy?.number ?? null) };
    },
    derive: (issued) => ({ ...issued, cancelled, replacedBy: replacedBy?.number ?? null }),
    render: (association, receipt, options) => renderTaxReceipts(association, [receipt], options),
  });
  return pdfFile(fileName, pdf);
}
