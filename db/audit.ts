import type { Kysely, Transaction } from 'kysely';
import { GENESIS_HASH, detailsDigest, entryHash } from './audit-chain';
import type { Database } from './schema';

export type Executor = Kysely<Database> | Transaction<Database>;

export interface AuditEntryInput {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  details?: unknown;
}

/**
 * Appends one entry to the log, chained to the previous one, inside the caller's transaction (or
 * its own). The row is inserted first: that write takes SQLite's write lock, so the previous
 * entry read next is the last committed one and no other writer can append in between. Should a
 * second chain head ever appear anyway, the unique index on prev_hash refuses it.
 */
export async function logAction(db: Executor, entry: AuditEntryInput): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => logAction(trx, entry));
    return;
  }
  const details = entry.details === undefined ? null : JSON.stringify(entry.details);
  const fields = {
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
  };
  const { id } = await db
    .insertInto('audit_log')
    .values({ ...fields, details })
    .returning('id')
    .executeTakeFirstOrThrow();
  const previous = await db
    .selectFrom('audit_log')
    .select('hash')
    .where('id', '<', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = previous?.hash ?? GENESIS_HASH;
  const digest = detailsDigest(details);
  await db
    .updateTable('audit_log')
    .set({
      details_sha256: digest,
      prev_hash: prevHash,
      hash: entryHash(prevHash, { id, ...fields }, digest),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Replaces the details of entries by what `redact` keeps of them (RGPD erasure): each entry stays
 * in the chain, marked redacted, and the verification then skips its details digest (the chain
 * covers the digest recorded at write time, not the details themselves).
 */
export async function redactAuditEntries(
  db: Executor,
  rows: readonly { id: number; details: string | null }[],
  redact: (details: unknown) => unknown,
  at: string,
): Promise<number> {
  for (const row of rows) {
    await db
      .updateTable('audit_log')
      .set({ details: JSON.stringify(redact(JSON.parse(row.details ?? 'null'))), redacted_at: at })
      .where('id', '=', row.id)
      .execute();
  }
  return rows.length;
}

/** The same for every entry about one record (its « Historique »). */
export async function redactAuditDetails(
  db: Executor,
  entity: string,
  entityId: number,
  redact: (details: unknown) => unknown,
  at: string,
): Promise<number> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'details'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .where('details', 'is not', null)
    .execute();
  return redactAuditEntries(db, rows, redact, at);
}

export async function listActions(db: Executor, entity: string, entityId: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'asc')
    .execute();
}
