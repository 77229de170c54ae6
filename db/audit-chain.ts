/**
 * The audit log's hash chain: each entry's hash covers the previous entry's hash and the entry
 * itself, so changing, removing or inserting an entry afterwards breaks every later link.
 * The details are covered through their own digest (details_sha256), so that an erasure of
 * personal data (RGPD) can blank the details of an entry, marked redacted, without breaking
 * the chain; the chain still proves that the entry existed, when and what kind it was.
 */
import { createHash } from 'node:crypto';

/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The digest of the details as stored (null when there are none). */
export const detailsDigest = (details: string | null): string | null =>
  details === null ? null : sha256Hex(details);

/** JSON of a fixed-order array: no separator inside a field can make two entries hash alike. */
export function entryHash(prevHash: string, entry: ChainedFields, digest: string | null): string {
  return sha256Hex(
    JSON.stringify([
      prevHash,
      entry.id,
      entry.at,
      entry.actor,
      entry.action,
      entry.entity,
      entry.entity_id,
      digest,
    ]),
  );
}
