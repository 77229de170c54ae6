/**
 * Issued documents (attestations, états de frais of paid or renounced claims, reçus fiscaux) are
 * reprinted byte for byte. At issue, in the issuing transaction, the complete data the template
 * needs is recorded (the association as it was, the document's own data); the first print stores
 * the PDF bytes, and every later print hands those bytes back. A renamed person, a new treasurer
 * or a new logo change nothing in a document already issued.
 *
 * Why both: the bytes make the reprint identical whatever later versions of the application do to
 * the layout or the fonts (a data-only snapshot would be redrawn by the engine of the day); the
 * data let a later state of the same document (a voided attestation, a cancelled receipt) be drawn
 * from what was issued, and let an erasure (RGPD) blank a person's data and print again.
 * A document issued before snapshots existed is snapshotted at its first reprint, from the data
 * of that day.
 */
import type { Executor } from '../../db/audit';
import * as snapshots from '../../db/history/issued-documents';
import type { AssociationIdentity } from '../documents/types';
import type { RenderOptions } from '../documents';
import { readStoredFile, storeFile } from '../association/stored-files';
import { isoNow, type ServiceContext } from '../service-context';

export type SnapshotKind = 'attestation' | 'claim' | 'tax_receipt';

/** The association as recorded in a snapshot: the logo by the hash of its stored file. */
type RecordedIdentity = Omit<AssociationIdentity, 'logo'> & { logoHash: string | null };

interface SnapshotData<D> {
  association: RecordedIdentity;
  document: D;
}

async function recordIdentity(
  ctx: ServiceContext,
  trx: Executor,
  identity: AssociationIdentity,
): Promise<RecordedIdentity> {
  const { logo, ...rest } = identity;
  // Stored once per content: a thousand attestations share one logo file.
  const stored = logo ? await storeFile(ctx, trx, { bytes: logo.data, originalName: 'logo' }) : null;
  return { ...rest, logoHash: stored?.hash ?? null };
}

async function identityOf(ctx: ServiceContext, recorded: RecordedIdentity): Promise<AssociationIdentity> {
  const { logoHash, ...rest } = recorded;
  if (logoHash === null) return { ...rest, logo: null };
  const file = await readStoredFile(ctx, logoHash);
  const mime = file.mime === 'image/png' || file.mime === 'image/jpeg' ? file.mime : null;
  return { ...rest, logo: mime ? { data: file.bytes, mime } : null };
}

/** At issue, inside the issuing transaction: what the document says, as it is now. */
export async function takeSnapshot<D>(
  ctx: ServiceContext,
  trx: Executor,
  entry: {
    kind: SnapshotKind;
    recordId: number;
    variant: string;
    association: AssociationIdentity;
    document: D;
  },
): Promise<void> {
  const data: SnapshotData<D> = {
    association: await recordIdentity(ctx, trx, entry.association),
    document: entry.document,
  };
  await snapshots.insertSnapshot(trx, {
    kind: entry.kind,
    recordId: entry.recordId,
    variant: entry.variant,
    data: JSON.stringify(data),
    fileHash: null,
    at: isoNow(ctx),
  });
}

export interface IssuedPrint<D> {
  kind: SnapshotKind;
  recordId: number;
  /** The state the document is printed in now (« valide », « annulee »…). */
  variant: string;
  fileName: string;
  /** The document as the database says today: for documents issued before snapshots existed. */
  current: () => Promise<{ association: AssociationIdentity; document: D }>;
  /** The issued document in the state `variant` (a cancellation banner), from what was issued. */
  derive: (issued: D) => D;
  render: (association: AssociationIdentity, document: D, options: RenderOptions) => Buffer;
}

/** The PDF of an issued document: the bytes printed first, or printed now and kept. */
export async function issuedPdf<D>(ctx: ServiceContext, print: IssuedPrint<D>): Promise<Buffer> {
  const { exact, first } = await snapshots.findSnapshot(ctx.db, print.kind, print.recordId, print.variant);
  if (exact?.fileHash) return (await readStoredFile(ctx, exact.fileHash)).bytes;
  const at = isoNow(ctx);
  let association: AssociationIdentity;
  let document: D;
  let createdAt = at;
  if (exact) {
    const data = JSON.parse(exact.data) as SnapshotData<D>;
    association = await identityOf(ctx, data.association);
    document = data.document;
    createdAt = exact.createdAt;
  } else if (first) {
    const data = JSON.parse(first.data) as SnapshotData<D>;
    association = await identityOf(ctx, data.association);
    document = print.derive(data.document);
  } else {
    ({ association, document } = await print.current());
  }
  const pdf = print.render(association, document, { creationDate: new Date(createdAt) });
  await ctx.db.transaction().execute(async (trx) => {
    const file = await storeFile(ctx, trx, { bytes: pdf, originalName: print.fileName });
    if (exact) {
      await snapshots.setSnapshotFile(trx, exact.id, file.hash);
    } else {
      const data: SnapshotData<D> = { association: await recordIdentity(ctx, trx, association), document };
      await snapshots.insertSnapshot(trx, {
        kind: print.kind,
        recordId: print.recordId,
        variant: print.variant,
        data: JSON.stringify(data),
        fileHash: file.hash,
        at: createdAt,
      });
    }
  });
  return pdf;
}

/**
 * For the erasure of a person's data (RGPD): every snapshot of the record gets the data `redact`
 * keeps, and loses its bytes (the next print draws it again from the redacted data). Returns the
 * hashes of the stored files no snapshot points at any more, for the caller to delete if nothing
 * else does.
 */
export async function redactSnapshots<D>(
  ctx: ServiceContext,
  trx: Executor,
  kind: SnapshotKind,
  recordId: number,
  redact: (document: D, association: RecordedIdentity) => D,
): Promise<string[]> {
  const dropped: string[] = [];
  for (const row of await snapshots.snapshotsOfRecord(trx, kind, recordId)) {
    const data = JSON.parse(row.data) as SnapshotData<D>;
    const kept: SnapshotData<D> = { ...data, document: redact(data.document, data.association) };
    await snapshots.redactSnapshot(trx, row.id, JSON.stringify(kept), isoNow(ctx));
    if (row.file_hash) dropped.push(row.file_hash);
  }
  return dropped;
}
