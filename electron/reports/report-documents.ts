/**
 * Documents received for a meeting (convocation, ordre du jour, compte rendu…) attached to a
 * report: stored once per content in `stored_file`, PDF or image, 10 Mo at most, like the
 * justificatifs of claims (electron/association/stored-files.ts says what is accepted).
 */
import { logAction } from '../../db/audit';
import * as repo from '../../db/reports/reports';
import type { ReportDocumentKind } from '../../shared/reports/schemas';
import type { Report } from '../../shared/reports/types';
import { readStoredFile, storeFile } from '../association/stored-files';
import { notFound } from '../errors';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { isoNow, type ServiceContext } from '../service-context';
import { getReport } from './reports';

export async function attachDocument(
  ctx: ServiceContext,
  input: { reportId: number; kind: ReportDocumentKind; fileName: string; dataBase64: string },
): Promise<Report> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.reportRow(trx, input.reportId))) throw notFound('Compte rendu');
    const stored = await storeFile(ctx, trx, { bytes, originalName: input.fileName });
    await repo.attachDocument(trx, input.reportId, stored.hash, input.kind, isoNow(ctx));
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'document joint au compte rendu',
      entity: 'mandate_report',
      entityId: input.reportId,
      details: { fichier: input.fileName, nature: input.kind },
    });
  });
  return getReport(ctx, input.reportId);
}

export async function detachDocument(
  ctx: ServiceContext,
  input: { reportId: number; hash: string },
): Promise<Report> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.isDocumentOf(trx, input.reportId, input.hash))) throw notFound('Document');
    await repo.detachDocument(trx, input.reportId, input.hash);
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'document retiré du compte rendu',
      entity: 'mandate_report',
      entityId: input.reportId,
    });
  });
  return getReport(ctx, input.reportId);
}

export async function openDocument(
  ctx: ServiceContext,
  input: { reportId: number; hash: string },
): Promise<ProducedFile> {
  if (!(await repo.isDocumentOf(ctx.db, input.reportId, input.hash))) throw notFound('Document');
  const file = await readStoredFile(ctx, input.hash);
  return producedFile(file.originalName, file.mime, file.bytes);
}
