/** Financements: the list, a record with its projects and bilans, and its writes. */
import type { z } from 'zod';
import * as repo from '../../db/bilans/fundings';
import * as bilansRepo from '../../db/bilans/bilans';
import { logAction, type Executor } from '../../db/audit';
import type { FundingData, fundingListQuery } from '../../shared/bilans/fundings';
import type { Funding, FundingList, FundingSummary } from '../../shared/bilans/types';
import { foldForSearch } from '../../shared/rules/text';
import { AppError, notFound } from '../errors';
import { isoNow, type ServiceContext } from '../service-context';
import { scopeOfBilan } from './bilan-scope';
import { scopeLabel } from '../indicators/labels';

const searchText = (d: FundingData) =>
  foldForSearch([d.funder, d.title, d.agreementRef, d.notes].filter(Boolean).join(' '));

export const toFundingSummary = (r: repo.FundingRow): FundingSummary => ({
  id: r.id,
  funder: r.funder,
  title: r.title,
  agreementRef: r.agreement_ref,
  amountCents: r.amount_cents,
  from: r.period_from,
  to: r.period_to,
  status: r.status,
  projectCount: Number(r.project_count ?? 0),
  bilanCount: Number(r.bilan_count ?? 0),
});

export async function listFundings(
  ctx: ServiceContext,
  query: z.output<typeof fundingListQuery>,
): Promise<FundingList> {
  const { offset, limit, sort, direction, ...filter } = query;
  const rows = await repo.pageOfFundings(ctx.db, filter, { sort, direction }, { offset, limit });
  const total = offset === 0 && rows.length < limit ? rows.length : await repo.countFundings(ctx.db, filter);
  return { rows: rows.map(toFundingSummary), total, offset };
}

export async function fundingRow(db: Executor, id: number): Promise<repo.FundingRow> {
  const row = await repo.getFunding(db, id);
  if (!row) throw notFound('Financement');
  return row;
}

export async function getFunding(ctx: ServiceContext, id: number): Promise<Funding> {
  const row = await fundingRow(ctx.db, id);
  const [projects, bilans] = await Promise.all([
    repo.fundedProjects(ctx.db, id),
    bilansRepo.bilansOfFunding(ctx.db, id),
  ]);
  const summary = toFundingSummary(row);
  return {
    ...summary,
    notes: row.notes,
    projects: projects.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      startDate: p.start_date,
      endDate: p.end_date,
    })),
    bilans: await Promise.all(
      bilans.map(async (b) => ({
        id: b.id,
        from: b.period_from,
        to: b.period_to,
        scopeLabel: await scopeLabel(ctx, scopeOfBilan(b.scope)),
      })),
    ),
    deletable: summary.bilanCount === 0,
  };
}

async function checkProjects(db: Executor, ids: readonly number[]): Promise<void> {
  if ((await repo.countProjects(db, ids)) !== ids.length)
    throw new AppError(
      'VALIDATION',
      'Saisie invalide : un projet choisi n’existe plus ou n’est pas un projet.',
      {
        projectIds: 'Un projet choisi n’existe plus ou n’est pas un projet',
      },
    );
}

export async function createFunding(ctx: ServiceContext, data: FundingData): Promise<Funding> {
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkProjects(trx, data.projectIds);
    const newId = await repo.insertFunding(trx, data, searchText(data), at);
    await repo.setFundedProjects(trx, newId, data.projectIds);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'financement', entityId: newId });
    return newId;
  });
  return getFunding(ctx, id);
}

export async function updateFunding(ctx: ServiceContext, id: number, data: FundingData): Promise<Funding> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await fundingRow(trx, id);
    await checkProjects(trx, data.projectIds);
    await repo.updateFunding(trx, id, data, searchText(data), at);
    await repo.setFundedProjects(trx, id, data.projectIds);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'financement', entityId: id });
  });
  return getFunding(ctx, id);
}

export async function deleteFunding(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await fundingRow(trx, id);
    if (Number(row.bilan_count ?? 0) > 0)
      throw new AppError(
        'FORBIDDEN_STATE',
        'Ce financement a un bilan d’action : supprimez d’abord le bilan, ou gardez le financement.',
      );
    await repo.deleteFunding(trx, id);
    await logAction(trx, { at, actor: ctx.actor, action: 'supprimé', entity: 'financement', entityId: id });
  });
  return { deleted: true };
}
