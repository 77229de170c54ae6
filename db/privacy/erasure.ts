/**
 * The writes of a person's anonymisation, each bounded by the person (their id, or their claims
 * and reports through a subquery). The service runs them in one transaction.
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import { ownedEntities } from './person-data';

/** Claims that are not settled: a draft, submitted, or validated and not yet paid. */
export function openClaimsOf(db: Executor, id: number) {
  return db
    .selectFrom('claim')
    .select(['id', 'number', 'status', 'total_cents'])
    .where('representative_id', '=', id)
    .where('status', 'in', ['brouillon', 'soumise', 'validee'])
    .orderBy('id')
    .execute();
}

/** Renounced claims still waiting for their reçu fiscal: the gift is owed a receipt in the donor's name. */
export function renouncedWithoutReceiptOf(db: Executor, id: number) {
  return db
    .selectFrom('claim as c')
    .select(['c.id', 'c.number'])
    .where('c.representative_id', '=', id)
    .where('c.status', '=', 'abandonnee')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('tax_receipt_claim as trc')
            .innerJoin('tax_receipt as t', 't.id', 'trc.receipt_id')
            .select('t.id')
            .whereRef('trc.claim_id', '=', 'c.id')
            .where('t.cancelled_at', 'is', null),
        ),
      ),
    )
    .orderBy('c.id')
    .execute();
}

export async function countsOf(db: Executor, id: number) {
  const count = async (
    table:
      | 'mandate'
      | 'attendance'
      | 'training'
      | 'charter_signature'
      | 'attestation'
      | 'claim'
      | 'tax_receipt'
      | 'mandate_report'
      | 'vehicle',
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('representative_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    mandates: await count('mandate'),
    attendance: await count('attendance'),
    trainings: await count('training'),
    signatures: await count('charter_signature'),
    attestations: await count('attestation'),
    claims: await count('claim'),
    receipts: await count('tax_receipt'),
    reports: await count('mandate_report'),
    vehicles: await count('vehicle'),
  };
}

export async function anonymiseRepresentativeRow(
  db: Executor,
  id: number,
  values: { label: string; searchText: string; at: string },
): Promise<void> {
  await db
    .updateTable('representative')
    .set({
      civility: '',
      last_name: values.label,
      first_name: '',
      email: null,
      phone: null,
      address_line: null,
      postal_code: null,
      city: null,
      origin_association: null,
      employed: 0,
      employer: null,
      iban: null,
      bic: null,
      notes: null,
      search_text: values.searchText,
      archived_at: sql<string>`coalesce(archived_at, ${values.at})`,
      anonymised_at: values.at,
      updated_at: values.at,
    })
    .where('id', '=', id)
    .execute();
}

/** Vehicles no claim line names go; those priced on a line stay, without plate or label. */
export async function eraseVehicles(db: Executor, id: number, at: string): Promise<void> {
  await db
    .deleteFrom('vehicle')
    .where('representative_id', '=', id)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('claim_line')
            .select('claim_line.id')
            .whereRef('claim_line.vehicle_id', '=', 'vehicle.id'),
        ),
      ),
    )
    .execute();
  await db
    .updateTable('vehicle')
    .set({ plate: null, label: '', archived_at: sql<string>`coalesce(archived_at, ${at})` })
    .where('representative_id', '=', id)
    .execute();
  await db
    .updateTable('claim_line')
    .set({ vehicle_plate: null, vehicle_label: null })
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('claim')
          .select('claim.id')
          .whereRef('claim.id', '=', 'claim_line.claim_id')
          .where('claim.representative_id', '=', id),
      ),
    )
    .execute();
}

/** Notes written about the person on their own records: free text nobody needs once they are anonymous. */
export async function eraseNotes(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('mandate')
    .set({ notes: null, end_note: null })
    .where('representative_id', '=', id)
    .execute();
  await db.updateTable('attendance').set({ notes: null }).where('representative_id', '=', id).execute();
  await db.updateTable('training').set({ notes: null }).where('representative_id', '=', id).execute();
  await db.updateTable('claim').set({ notes: null }).where('representative_id', '=', id).execute();
}

/**
 * Justificatifs of claims that moved no money (refused, cancelled before payment): they support
 * no accounting entry. Those of paid or renounced claims are pièces justificatives and stay.
 * Returns the hashes detached, for the caller to remove the files no record uses any more.
 */
export async function detachNonAccountingReceipts(db: Executor, id: number): Promise<string[]> {
  const rows = await db
    .selectFrom('claim_line_receipt as r')
    .innerJoin('claim_line as l', 'l.id', 'r.line_id')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .select(['r.line_id', 'r.file_hash'])
    .where('c.representative_id', '=', id)
    .where('c.paid_on', 'is', null)
    .where('c.renounced_on', 'is', null)
    .execute();
  // One delete per justificatif of one person's unpaid claims: bounded by what they attached.
  for (const r of rows) {
    await db
      .deleteFrom('claim_line_receipt')
      .where('line_id', '=', r.line_id)
      .where('file_hash', '=', r.file_hash)
      .execute();
  }
  return rows.map((r) => r.file_hash);
}

/** The scanned signed charters go: the date and version of each signature stay, for the statistics. */
export async function detachSignatureFiles(db: Executor, id: number): Promise<string[]> {
  const rows = await db
    .selectFrom('charter_signature')
    .select('file_hash')
    .where('representative_id', '=', id)
    .where('file_hash', 'is not', null)
    .execute();
  await db
    .updateTable('charter_signature')
    .set({ file_hash: null })
    .where('representative_id', '=', id)
    .execute();
  return rows.flatMap((r) => (r.file_hash === null ? [] : [r.file_hash]));
}

/** The hashes among `hashes` that no record uses any more: their rows are deleted and returned. */
export async function dropUnusedFiles(db: Executor, hashes: readonly string[]): Promise<string[]> {
  const dropped: string[] = [];
  // One lookup per detached file of one person: bounded by what that person had attached.
  for (const hash of new Set(hashes)) {
    const uses = await db
      .selectFrom('stored_file as f')
      .select((eb) => [
        eb
          .exists(eb.selectFrom('claim_line_receipt').select('line_id').where('file_hash', '=', hash))
          .as('receipt'),
        eb
          .exists(eb.selectFrom('charter_signature').select('id').where('file_hash', '=', hash))
          .as('charter'),
        eb
          .exists(eb.selectFrom('report_document').select('report_id').where('file_hash', '=', hash))
          .as('report'),
      ])
      .where('f.hash', '=', hash)
      .executeTakeFirst();
    if (!uses || uses.receipt || uses.charter || uses.report) continue;
    await db.deleteFrom('stored_file').where('hash', '=', hash).execute();
    dropped.push(hash);
  }
  return dropped;
}

/** Justificatifs kept for the accounts lose the original name they came with (« billet-martin.pdf »). */
export async function renameKeptReceiptFiles(db: Executor, id: number): Promise<number> {
  const rows = await db
    .selectFrom('claim_line_receipt as r')
    .innerJoin('claim_line as l', 'l.id', 'r.line_id')
    .innerJoin('claim as c', 'c.id', 'l.claim_id')
    .innerJoin('stored_file as f', 'f.hash', 'r.file_hash')
    .select(['f.hash', 'f.mime'])
    .where('c.representative_id', '=', id)
    .execute();
  for (const r of rows) {
    const ext = r.mime === 'application/pdf' ? 'pdf' : r.mime === 'image/png' ? 'png' : 'jpg';
    await db
      .updateTable('stored_file')
      .set({ original_name: `justificatif.${ext}` })
      .where('hash', '=', r.hash)
      .execute();
  }
  return rows.length;
}

export function attestationsOf(db: Executor, id: number) {
  return db
    .selectFrom('attestation')
    .select(['id', 'content', 'voided_at'])
    .where('representative_id', '=', id)
    .execute();
}

export async function rewriteAttestation(
  db: Executor,
  attestationId: number,
  values: { content: string; voidedAt: string | null; voidReason: string | null },
): Promise<void> {
  await db
    .updateTable('attestation')
    .set({ content: values.content, voided_at: values.voidedAt, void_reason: values.voidReason })
    .where('id', '=', attestationId)
    .execute();
}

export function sepaItemsOf(db: Executor, id: number) {
  return db
    .selectFrom('sepa_batch_item as i')
    .innerJoin('sepa_batch as b', 'b.id', 'i.batch_id')
    .select(['i.batch_id', 'i.claim_id', 'i.iban', 'i.end_to_end_id', 'b.xml'])
    .where('i.representative_id', '=', id)
    .execute();
}

export async function anonymiseSepaItem(
  db: Executor,
  item: { batchId: number; claimId: number },
  values: { personName: string; iban: string },
): Promise<void> {
  await db
    .updateTable('sepa_batch_item')
    .set({ person_name: values.personName, iban: values.iban, bic: null })
    .where('batch_id', '=', item.batchId)
    .where('claim_id', '=', item.claimId)
    .execute();
}

export async function setBatchXml(db: Executor, batchId: number, xml: string): Promise<void> {
  await db.updateTable('sepa_batch').set({ xml }).where('id', '=', batchId).execute();
}

/** Receipts issued on or before `until` lose the donor's address; the name stays. Returns how many. */
export async function removeOldReceiptAddresses(db: Executor, id: number, until: string): Promise<number> {
  const result = await db
    .updateTable('tax_receipt')
    .set({ donor_address_line: null, donor_postal_code: null, donor_city: null })
    .where('representative_id', '=', id)
    .where('issued_on', '<=', until)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Entries of the log about the person's record itself (all their details are theirs). */
export function auditEntriesOnRecord(db: Executor, id: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'details'])
    .where('entity', '=', 'representative')
    .where('entity_id', '=', id)
    .where('details', 'is not', null)
    .execute();
}

/** Entries on the person's own records, or whose details hold one of the texts. */
export function auditEntriesMentioning(db: Executor, id: number, texts: readonly string[]) {
  const like = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('audit_log')
    .select(['id', 'details'])
    .where('details', 'is not', null)
    .where((eb) =>
      eb.or([
        ...ownedEntities.map(({ entity, table }) =>
          eb.and([
            eb('entity', '=', entity),
            eb.exists(
              eb
                .selectFrom(table)
                .select(`${table}.id`)
                .whereRef(`${table}.id`, '=', 'audit_log.entity_id')
                .where(`${table}.representative_id`, '=', id),
            ),
          ]),
        ),
        ...texts
          .filter((t) => t.trim() !== '')
          .map((t) => sql<boolean>`${eb.ref('details')} like ${like(t)} escape '\\'`),
      ]),
    )
    .execute();
}

/**
 * Rewrites an entry's details for an erasure. `redacted_at` tells the log's hash chain that the
 * details were erased on purpose (db/audit-chain.ts), so the chain still verifies.
 */
export async function setAuditDetails(
  db: Executor,
  entryId: number,
  details: string,
  at: string,
): Promise<void> {
  await db.updateTable('audit_log').set({ details, redacted_at: at }).where('id', '=', entryId).execute();
}

/** The person's notes de frais and reçus fiscaux, whose issued documents have snapshots. */
export function claimIdsOf(db: Executor, id: number) {
  return db.selectFrom('claim').select('id').where('representative_id', '=', id).execute();
}

export function receiptIdsOf(db: Executor, id: number, issuedUntil: string | null) {
  let query = db.selectFrom('tax_receipt').select('id').where('representative_id', '=', id);
  if (issuedUntil !== null) query = query.where('issued_on', '<=', issuedUntil);
  return query.execute();
}

/** What the anonymisation needs of the person's record: the identifiers it looks for elsewhere. */
export function identifiersOf(db: Executor, id: number) {
  return db
    .selectFrom('representative')
    .select(['id', 'first_name', 'last_name', 'email', 'phone', 'address_line', 'iban', 'anonymised_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}
