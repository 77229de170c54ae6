/**
 * Comptes rendus de mandat: a representative's report back after a meeting or a session, with its
 * follow-ups. One report per person and meeting, only for someone present, only once the meeting
 * has taken place; every save writes the report and its follow-ups in one transaction.
 */
import { logAction, type Executor } from '../../db/audit';
import * as lists from '../../db/reports/report-lists';
import { presentPeople, reportMeeting, wasPresent } from '../../db/reports/report-meetings';
import { toFollowUpLine, toReportSummary } from '../../db/reports/report-rows';
import * as repo from '../../db/reports/reports';
import * as people from '../../db/reports/report-people';
import { canReportOn, followUpState } from '../../shared/reports/report-rules';
import type { FollowUpListFilter, ReportData, ReportListFilter } from '../../shared/reports/schemas';
import type {
  FollowUp,
  FollowUpList,
  MeetingReports,
  PersonOption,
  Report,
  ReportDraft,
  ReportList,
  ReportMeeting,
} from '../../shared/reports/types';
import { frenchDate } from '../../shared/rules/dates';
import { personName } from '../../shared/rules/person-name';
import { foldForSearch } from '../../shared/rules/text';
import { getRegisterSettings } from '../todo/todo';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';

/** The window of « À faire » (Paramètres › Registre): a follow-up due within it is « à échéance ». */
export async function followUpWindowDays(ctx: ServiceContext): Promise<number> {
  return (await getRegisterSettings(ctx)).expiryWarningDays;
}

async function requireMeeting(db: Executor, meetingId: number): Promise<ReportMeeting> {
  const meeting = await reportMeeting(db, meetingId);
  if (!meeting) throw notFound('Réunion');
  return meeting;
}

async function personNameOf(db: Executor, id: number): Promise<string> {
  const name = await people.personNameById(db, id);
  if (name === null) throw notFound('Personne');
  return name;
}

/** The people present at a meeting, each with their report if written. */
export async function meetingReports(ctx: ServiceContext, meetingId: number): Promise<MeetingReports> {
  const meeting = await requireMeeting(ctx.db, meetingId);
  const people = await presentPeople(ctx.db, meetingId);
  const written = new Map(
    (await repo.reportsOfMeeting(ctx.db, meetingId)).map((r) => [r.representative_id, r]),
  );
  return {
    meeting,
    open: !meeting.cancelled && canReportOn(meeting.date, todayIso(ctx)),
    lines: people.map((p) => {
      const r = written.get(p.id);
      return {
        representativeId: p.id,
        personName: p.name,
        report: r
          ? {
              id: r.id,
              writtenOn: r.written_on,
              confidential: r.confidential === 1,
              openFollowUps: Number(r.open_follow_ups ?? 0),
              documentCount: Number(r.document_count ?? 0),
            }
          : null,
      };
    }),
  };
}

export async function getReport(ctx: ServiceContext, id: number): Promise<Report> {
  const row = await repo.reportRow(ctx.db, id);
  if (!row) throw notFound('Compte rendu');
  const today = todayIso(ctx);
  const windowDays = await followUpWindowDays(ctx);
  const followUps: FollowUp[] = (await repo.followUpsOf(ctx.db, id)).map((f) => ({
    id: f.id,
    reportId: f.report_id,
    description: f.description,
    dueOn: f.due_on,
    ownerId: f.owner_representative_id,
    ownerText: f.owner_text,
    ownerName: f.owner_name,
    doneOn: f.done_on,
    state: followUpState({ dueOn: f.due_on, doneOn: f.done_on }, today, windowDays),
  }));
  const documents = (await repo.documentsOf(ctx.db, id)).map((d) => ({
    hash: d.hash,
    kind: d.kind,
    mime: d.mime,
    size: d.size,
    originalName: d.original_name,
  }));
  return {
    id: row.id,
    meeting: await requireMeeting(ctx.db, row.meeting_id),
    representativeId: row.representative_id,
    personName: personName(row.first_name, row.last_name),
    pointsRaised: row.points_raised,
    positionsTaken: row.positions_taken,
    confidential: row.confidential === 1,
    writtenOn: row.written_on,
    author: row.author,
    updatedAt: row.updated_at,
    followUps,
    documents,
  };
}

/** The report's page: the report of this person at this meeting, or what a new one starts from. */
export async function reportDraft(
  ctx: ServiceContext,
  input: { meetingId: number; representativeId: number },
): Promise<ReportDraft> {
  const meeting = await requireMeeting(ctx.db, input.meetingId);
  const id = await repo.reportIdOf(ctx.db, input.meetingId, input.representativeId);
  return {
    meeting,
    representativeId: input.representativeId,
    personName: await personNameOf(ctx.db, input.representativeId),
    report: id === null ? null : await getReport(ctx, id),
    today: todayIso(ctx),
    windowDays: await followUpWindowDays(ctx),
  };
}

/** Why this person may not report on this meeting, in words, or null. */
async function refusal(
  db: Executor,
  meeting: ReportMeeting,
  personId: number,
  today: string,
): Promise<string | null> {
  if (meeting.cancelled) return 'Cette réunion a été annulée : elle n’appelle pas de compte rendu.';
  if (!canReportOn(meeting.date, today))
    return `La réunion du ${frenchDate(meeting.date)} n’a pas encore eu lieu : le compte rendu s’écrit après.`;
  if (!(await wasPresent(db, meeting.id, personId)))
    return 'Seule une personne notée présente (sur place ou à distance) rend compte de cette réunion : vérifiez la feuille de présence.';
  return null;
}

const searchTextOf = (meeting: ReportMeeting, data: ReportData): string =>
  foldForSearch(
    [
      meeting.label,
      meeting.organisationName,
      meeting.title,
      data.pointsRaised,
      data.positionsTaken,
      ...data.followUps.flatMap((f) => [f.description, f.ownerText]),
    ]
      .filter(Boolean)
      .join(' '),
  );

/** Creates or replaces the report of a person at a meeting, with its follow-ups, all or nothing. */
export async function saveReport(ctx: ServiceContext, data: ReportData): Promise<Report> {
  const today = todayIso(ctx);
  const at = isoNow(ctx);
  if (data.writtenOn > today)
    throw new AppError('VALIDATION', 'La date du compte rendu ne peut pas être dans le futur.', {
      writtenOn: 'Date dans le futur',
    });
  for (const [index, f] of data.followUps.entries())
    if (f.doneOn !== null && f.doneOn > today)
      throw new AppError('VALIDATION', `Suivi ${index + 1} : il ne peut pas être fait à une date future.`, {
        [`followUps.${index}.doneOn`]: 'Date dans le futur',
      });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const meeting = await requireMeeting(trx, data.meetingId);
    const refused = await refusal(trx, meeting, data.representativeId, today);
    if (refused) throw new AppError('FORBIDDEN_STATE', refused);
    if (data.writtenOn < meeting.date)
      throw new AppError('VALIDATION', 'Le compte rendu ne peut pas être daté d’avant la réunion.', {
        writtenOn: `Le ${frenchDate(meeting.date)} au plus tôt`,
      });
    const values = {
      meetingId: data.meetingId,
      representativeId: data.representativeId,
      pointsRaised: data.pointsRaised,
      positionsTaken: data.positionsTaken,
      confidential: data.confidential,
      writtenOn: data.writtenOn,
      author: ctx.actor,
      searchText: searchTextOf(meeting, data),
    };
    const existing = await repo.reportIdOf(trx, data.meetingId, data.representativeId);
    const reportId = existing ?? (await repo.insertReport(trx, values, at));
    if (existing !== null) await repo.updateReport(trx, existing, values, at);
    await saveFollowUps(trx, reportId, data.followUps, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: existing === null ? 'compte rendu écrit' : 'compte rendu modifié',
      entity: 'mandate_report',
      entityId: reportId,
      details: { reunion: data.meetingId, personne: data.representativeId, confidentiel: data.confidential },
    });
    return reportId;
  });
  return getReport(ctx, id);
}

/** Follow-ups kept by id, added without one, removed when absent from the list. */
async function saveFollowUps(
  trx: Executor,
  reportId: number,
  followUps: ReportData['followUps'],
  at: string,
) {
  const known = new Set(await repo.followUpIdsOf(trx, reportId));
  const kept = new Set<number>();
  for (const [index, f] of followUps.entries()) {
    if (f.ownerId !== null) {
      if ((await people.personNameById(trx, f.ownerId)) === null)
        throw new AppError('VALIDATION', `Suivi ${index + 1} : la personne responsable n’existe plus.`, {
          [`followUps.${index}.ownerId`]: 'Personne introuvable',
        });
    }
    if (f.id !== null) {
      if (!known.has(f.id)) throw notFound(`Suivi ${index + 1}`);
      kept.add(f.id);
      await repo.updateFollowUp(trx, f.id, f, at);
    } else {
      await repo.insertFollowUp(trx, reportId, f, at);
    }
  }
  for (const id of known) if (!kept.has(id)) await repo.deleteFollowUp(trx, id);
}

export async function deleteReport(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.reportRow(trx, id);
    if (!row) throw notFound('Compte rendu');
    await repo.deleteReport(trx, id);
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: 'compte rendu supprimé',
      entity: 'mandate_report',
      entityId: id,
      details: { reunion: row.meeting_id, personne: row.representative_id },
    });
  });
  return { deleted: true };
}

/** Marks a follow-up done on a day (today when none is given), or open again with null. */
export async function setFollowUpDone(
  ctx: ServiceContext,
  input: { id: number; doneOn: string | null },
  reopen = false,
): Promise<FollowUp> {
  const today = todayIso(ctx);
  const doneOn = reopen ? null : (input.doneOn ?? today);
  if (doneOn !== null && doneOn > today)
    throw new AppError('VALIDATION', 'Un suivi ne peut pas être fait à une date future.', {
      doneOn: 'Date dans le futur',
    });
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.followUpRow(trx, input.id);
    if (!row) throw notFound('Suivi');
    await repo.setFollowUpDone(trx, input.id, doneOn, isoNow(ctx));
    await logAction(trx, {
      at: isoNow(ctx),
      actor: ctx.actor,
      action: doneOn === null ? 'suivi rouvert' : 'suivi fait',
      entity: 'mandate_report',
      entityId: row.report_id,
      details: { suivi: input.id, fait_le: doneOn },
    });
  });
  const row = await repo.followUpRow(ctx.db, input.id);
  const report = await getReport(ctx, row?.report_id ?? 0);
  const f = report.followUps.find((x) => x.id === input.id);
  if (!f) throw notFound('Suivi');
  return f;
}

export async function listReports(ctx: ServiceContext, query: ReportListFilter): Promise<ReportList> {
  const { total, rows } = await lists.listReports(ctx.db, {
    ...query,
  });
  return { total, rows: rows.map(toReportSummary) };
}

export async function listFollowUps(ctx: ServiceContext, query: FollowUpListFilter): Promise<FollowUpList> {
  const today = todayIso(ctx);
  const windowDays = await followUpWindowDays(ctx);
  const { total, rows } = await lists.listFollowUps(ctx.db, { ...query, today });
  return { total, rows: rows.map((r) => toFollowUpLine(r, today, windowDays)) };
}

/** People of the register whose name matches, for the owner of a follow-up: the first 20. */
export function findPeople(ctx: ServiceContext, search: string): Promise<PersonOption[]> {
  return people.findPeople(ctx.db, search, 20);
}
