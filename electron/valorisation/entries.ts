/** « Temps bénévole »: time given outside meetings, entered by hand, listed and exported. */
import type { z } from 'zod';
import * as repo from '../../db/valorisation/entries';
import { logAction } from '../../db/audit';
import type {
  VolunteerTimeData,
  volunteerTimeExportInput,
  volunteerTimeListQuery,
} from '../../shared/valorisation/schemas';
import type { VolunteerTime, VolunteerTimeList } from '../../shared/valorisation/types';
import { AppError, notFound } from '../errors';
import { toCsv, toXlsx, type ExportColumn } from '../exchange/table-export';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { isoNow, todayIso, type ServiceContext } from '../service-context';

export async function listEntries(
  ctx: ServiceContext,
  q: z.output<typeof volunteerTimeListQuery>,
): Promise<VolunteerTimeList> {
  const { offset, limit, ...filter } = q;
  const [page, years] = await Promise.all([
    repo.listEntries(ctx.db, filter, { offset, limit }),
    repo.entryYears(ctx.db),
  ]);
  return { ...page, offset, years };
}

/**
 * Refuses an entry pointing at nothing, with the message under the field; a category archived
 * since stays allowed on the entry that already has it.
 */
async function check(ctx: ServiceContext, data: VolunteerTimeData, existing: VolunteerTime | null) {
  const refs = await repo.referencesOf(ctx.db, data);
  if (!refs.person)
    throw new AppError('VALIDATION', 'Cette personne n’existe plus.', {
      representativeId: 'Cette personne n’existe plus',
    });
  if (!refs.category)
    throw new AppError('VALIDATION', 'Cette catégorie n’existe plus.', {
      categoryId: 'Cette catégorie n’existe plus',
    });
  if (refs.category.archived_at !== null && existing?.categoryId !== data.categoryId)
    throw new AppError('VALIDATION', 'Cette catégorie est archivée.', {
      categoryId: 'Cette catégorie est archivée : choisissez-en une autre',
    });
  if (!refs.action)
    throw new AppError('VALIDATION', 'Cette action n’existe plus.', {
      actionId: 'Cette action n’existe plus',
    });
  if (!refs.instance)
    throw new AppError('VALIDATION', 'Cette instance n’existe plus.', {
      instanceId: 'Cette instance n’existe plus',
    });
}

export async function createEntry(ctx: ServiceContext, data: VolunteerTimeData): Promise<VolunteerTime> {
  await check(ctx, data, null);
  const at = isoNow(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertEntry(trx, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'créé', entity: 'volunteer_time', entityId: newId });
    return newId;
  });
  const saved = await repo.getEntry(ctx.db, id);
  if (!saved) throw notFound('Temps bénévole');
  return saved;
}

export async function updateEntry(
  ctx: ServiceContext,
  id: number,
  data: VolunteerTimeData,
): Promise<VolunteerTime> {
  const existing = await repo.getEntry(ctx.db, id);
  if (!existing) throw notFound('Temps bénévole');
  await check(ctx, data, existing);
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateEntry(trx, id, data, at);
    await logAction(trx, { at, actor: ctx.actor, action: 'modifié', entity: 'volunteer_time', entityId: id });
  });
  const saved = await repo.getEntry(ctx.db, id);
  if (!saved) throw notFound('Temps bénévole');
  return saved;
}

export async function deleteEntry(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getEntry(trx, id);
    if (!existing) throw notFound('Temps bénévole');
    await repo.deleteEntry(trx, id);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'supprimé',
      entity: 'volunteer_time',
      entityId: id,
      details: { personne: existing.personName, date: existing.date, minutes: existing.minutes },
    });
  });
  return { deleted: true };
}

/** The list as filtered on screen, as CSV or XLSX; durations in hours and minutes, as typed. */
export async function exportEntries(
  ctx: ServiceContext,
  input: z.output<typeof volunteerTimeExportInput>,
): Promise<ProducedFile> {
  const { format, ...filter } = input;
  const rows = await repo.allEntries(ctx.db, filter);
  const hhmm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  const columns: ExportColumn<VolunteerTime>[] = [
    { header: 'Date', type: 'date', value: (r) => r.date, width: 12 },
    { header: 'Personne', value: (r) => r.personName, width: 28 },
    { header: 'Catégorie', value: (r) => r.categoryLabel, width: 34 },
    { header: 'Durée (h:min)', value: (r) => hhmm(r.minutes), width: 12 },
    { header: 'Minutes', type: 'number', value: (r) => r.minutes, width: 10 },
    { header: 'Action ou projet', value: (r) => r.actionTitle, width: 30 },
    { header: 'Instance', value: (r) => r.instanceName, width: 30 },
    { header: 'Description', value: (r) => r.description, width: 50 },
  ];
  const stamp = todayIso(ctx);
  if (format === 'csv')
    return producedFile(`temps-benevole-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(columns, rows));
  return producedFile(
    `temps-benevole-${stamp}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    await toXlsx('Temps bénévole', columns, rows, ctx.now()),
  );
}
