/** The justificatifs of claim lines: attached and removed while the claim is open, opened any time. */
import { claimActionRefusal } from '../../shared/claims/workflow';
import type { ClaimStatus } from '../../shared/claims/schemas';
import type { Claim } from '../../shared/claims/types';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { logAction, type Executor } from '../../db/audit';
import * as lineRepo from '../../db/claims/claim-lines';
import * as receipts from '../../db/claims/receipts';
import { readStoredFile, storeFile } from '../association/stored-files';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { requireClaim } from './claim-records';
import { getClaim } from './claim-view';

/** The claim of a line whose receipts may change: the workflow's « edit » rule, said for receipts. */
async function claimOfEditableLine(db: Executor, lineId: number) {
  const line = await lineRepo.getLine(db, lineId);
  if (!line) throw notFound('Ligne');
  const claim = await requireClaim(db, line.claim_id);
  const facts = {
    status: claim.status as ClaimStatus,
    number: claim.number,
    pendingTransfer: null,
    taxReceiptNumber: null,
  };
  if (claimActionRefusal('edit', facts) !== null) {
    throw new AppError('FORBIDDEN_STATE', 'Les justificatifs d’une note validée ne se modifient plus.');
  }
  return claim;
}

export async function attachReceipt(
  ctx: ServiceContext,
  input: { lineId: number; fileName: string; dataBase64: string },
): Promise<Claim> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const claimId = await ctx.db.transaction().execute(async (trx) => {
    const claim = await claimOfEditableLine(trx, input.lineId);
    const stored = await storeFile(ctx, trx, { bytes, originalName: input.fileName });
    await receipts.attachLineReceipt(trx, input.lineId, stored.hash, isoNow(ctx));
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'justificatif joint',
      entity: 'claim',
      entityId: claim.id,
      details: { fichier: input.fileName },
    });
    return claim.id;
  });
  return getClaim(ctx, claimId);
}

export async function detachReceipt(
  ctx: ServiceContext,
  input: { lineId: number; hash: string },
): Promise<Claim> {
  const claimId = await ctx.db.transaction().execute(async (trx) => {
    const claim = await claimOfEditableLine(trx, input.lineId);
    await receipts.detachLineReceipt(trx, input.lineId, input.hash);
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'justificatif retiré',
      entity: 'claim',
      entityId: claim.id,
    });
    return claim.id;
  });
  return getClaim(ctx, claimId);
}

export async function openReceipt(
  ctx: ServiceContext,
  input: { lineId: number; hash: string },
): Promise<ProducedFile> {
  if (!(await receipts.isReceiptOfLine(ctx.db, input.lineId, input.hash))) throw notFound('Justificatif');
  const file = await readStoredFile(ctx, input.hash);
  return producedFile(file.originalName, file.mime, file.bytes);
}
