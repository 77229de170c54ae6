/** Receipts: the justificatifs attached to claim lines, and the reçus fiscaux issued for abandons de frais. */
import type { ReceiptFile, TaxReceiptSummary } from '../../shared/claims/types';
import type { Executor } from '../audit';
import { idList } from '../id-list';

export async function attachLineReceipt(
  db: Executor,
  lineId: number,
  hash: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('claim_line_receipt')
    .values({ line_id: lineId, file_hash: hash, created_at: at })
    .onConflict((oc) => oc.columns(['line_id', 'file_hash']).doNothing())
    .execute();
}

export async function detachLineReceipt(db: Executor, lineId: number, hash: string): Promise<void> {
  await db
    .deleteFrom('claim_line_receipt')
    .where('line_id', '=', lineId)
    .where('file_hash', '=', hash)
    .execute();
}

export async function receiptsOfLines(
  db: Executor,
  lineIds: readonly number[],
): Promise<Map<number, ReceiptFile[]>> {
  const map = new Map<number, ReceiptFile[]>();
  if (lineIds.length === 0) return map;
  const rows = await db
    .selectFrom('claim_line_receipt as r')
    .innerJoin('stored_file as f', 'f.hash', 'r.file_hash')
    .select(['r.line_id', 'f.hash', 'f.mime', 'f.size', 'f.original_name'])
    .where('r.line_id', 'in', idList(lineIds))
    .orderBy('r.created_at')
    .execute();
  for (const r of rows) {
    const list = map.get(r.line_id) ?? [];
    list.push({ hash: r.hash, mime: r.mime, size: r.size, originalName: r.original_name });
    map.set(r.line_id, list);
  }
  return map;
}

export async function isReceiptOfLine(db: Executor, lineId: number, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('claim_line_receipt')
    .select('line_id')
    .where('line_id', '=', lineId)
    .where('file_hash', '=', hash)
    .executeTakeFirst();
  return row !== undefined;
}

// ------------------------------------------------------------------ tax receipts

export interface NewTaxReceipt {
  number: string;
  year: number;
  seq: number;
  representativeId: number;
  amountCents: number;
  giftDates: string[];
  donor: { name: string; addressLine: string | null; postalCode: string | null; city: string | null };
  issuedOn: string;
  at: string;
  actor: string;
  replacesId: number | null;
  claimIds: number[];
}

export async function insertTaxReceipt(db: Executor, r: NewTaxReceipt): Promise<number> {
  const row = await db
    .insertInto('tax_receipt')
    .values({
      number: r.number,
      year: r.year,
      seq: r.seq,
      representative_id: r.representativeId,
      amount_cents: r.amountCents,
      gift_dates: JSON.stringify(r.giftDates),
      donor_name: r.donor.name,
      donor_address_line: r.donor.addressLine,
      donor_postal_code: r.donor.postalCode,
      donor_city: r.donor.city,
      issued_on: r.issuedOn,
      issued_at: r.at,
      issued_by: r.actor,
      replaces_id: r.replacesId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const claimId of r.claimIds)
    await db.insertInto('tax_receipt_claim').values({ receipt_id: row.id, claim_id: claimId }).execute();
  return row.id;
}

export async function getTaxReceiptRow(db: Executor, id: number) {
  return db.selectFrom('tax_receipt').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function cancelTaxReceipt(
  db: Executor,
  id: number,
  values: { at: string; actor: string; reason: string; replacedById: number | null },
): Promise<void> {
  await db
    .updateTable('tax_receipt')
    .set({
      cancelled_at: values.at,
      cancelled_by: values.actor,
      cancel_reason: values.reason,
      replaced_by_id: values.replacedById,
    })
    .where('id', '=', id)
    .execute();
}

export async function setReplacedBy(db: Executor, id: number, replacedById: number): Promise<void> {
  await db.updateTable('tax_receipt').set({ replaced_by_id: replacedById }).where('id', '=', id).execute();
}

/** The active (not cancelled) receipt covering a claim, if any. */
export async function activeReceiptOfClaim(
  db: Executor,
  claimId: number,
): Promise<{ id: number; number: string } | null> {
  const row = await db
    .selectFrom('tax_receipt_claim as rc')
    .innerJoin('tax_receipt as t', 't.id', 'rc.receipt_id')
    .select(['t.id', 't.number'])
    .where('rc.claim_id', '=', claimId)
    .where('t.cancelled_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** Active (not cancelled) receipts of a person for a year, oldest first. */
export async function activeTaxReceiptsOf(
  db: Executor,
  representativeId: number,
  year: number,
): Promise<Array<{ id: number; number: string }>> {
  return db
    .selectFrom('tax_receipt')
    .select(['id', 'number'])
    .where('representative_id', '=', representativeId)
    .where('year', '=', year)
    .where('cancelled_at', 'is', null)
    .orderBy('seq')
    .execute();
}

export async function listTaxReceipts(db: Executor, year: number): Promise<TaxReceiptSummary[]> {
  const rows = await db
    .selectFrom('tax_receipt')
    .selectAll()
    .where('year', '=', year)
    .orderBy('seq')
    .execute();
  const numbers = new Map(rows.map((r) => [r.id, r.number]));
  const links = rows.length
    ? await db
        .selectFrom('tax_receipt_claim as rc')
        .innerJoin('claim as c', 'c.id', 'rc.claim_id')
        .select(['rc.receipt_id', 'c.number'])
        .where('rc.receipt_id', 'in', idList(rows.map((r) => r.id)))
        .execute()
    : [];
  const otherIds = rows
    .flatMap((r) => [r.replaced_by_id, r.replaces_id])
    .filter((v): v is number => v !== null && !numbers.has(v));
  if (otherIds.length > 0) {
    const others = await db
      .selectFrom('tax_receipt')
      .select(['id', 'number'])
      .where('id', 'in', idList(otherIds))
      .execute();
    for (const o of others) numbers.set(o.id, o.number);
  }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    year: r.year,
    representativeId: r.representative_id,
    donorName: r.donor_name,
    amountCents: r.amount_cents,
    giftDates: JSON.parse(r.gift_dates) as string[],
    issuedOn: r.issued_on,
    cancelled: r.cancelled_at !== null,
    cancelReason: r.cancel_reason,
    replacedByNumber: r.replaced_by_id === null ? null : (numbers.get(r.replaced_by_id) ?? null),
    replacesNumber: r.replaces_id === null ? null : (numbers.get(r.replaces_id) ?? null),
    claimNumbers: links.filter((l) => l.receipt_id === r.id).map((l) => l.number ?? '—'),
  }));
}

/** Renounced claims whose renunciation falls in the year and that no active receipt covers yet. */
export async function renouncedClaimsWithoutReceipt(
  db: Executor,
  year: number,
  representativeId: number | null,
) {
  let query = db
    .selectFrom('claim as c')
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .select([
      'c.id',
      'c.number',
      'c.renounced_on',
      'c.total_cents',
      'c.representative_id',
      'r.first_name',
      'r.last_name',
    ])
    .where('c.status', '=', 'abandonnee')
    .where('c.renounced_on', '>=', `${year}-01-01`)
    .where('c.renounced_on', '<=', `${year}-12-31`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('tax_receipt_claim as rc')
            .innerJoin('tax_receipt as t', 't.id', 'rc.receipt_id')
            .select('rc.claim_id')
            .whereRef('rc.claim_id', '=', 'c.id')
            .where('t.cancelled_at', 'is', null),
        ),
      ),
    );
  if (representativeId !== null) query = query.where('c.representative_id', '=', representativeId);
  return query.orderBy('r.last_name').orderBy('c.renounced_on').orderBy('c.id').execute();
}

/** The claims a reçu fiscal covers, with what a reissue needs (still renounced or not). */
export async function claimsOfTaxReceipt(db: Executor, receiptId: number) {
  return db
    .selectFrom('tax_receipt_claim as rc')
    .innerJoin('claim as c', 'c.id', 'rc.claim_id')
    .select(['c.id', 'c.number', 'c.renounced_on', 'c.total_cents', 'c.status'])
    .where('rc.receipt_id', '=', receiptId)
    .orderBy('c.id')
    .execute();
}
