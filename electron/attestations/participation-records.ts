/**
 * Relevés annuels de participation: for each person, the year's mandates, the meetings attended,
 * the attendance rate, the hours and the congé de représentation used.
 */
import { activePeople, peopleByIds } from '../../db/register/people';
import { effectiveEnd } from '../../shared/register/register-rules';
import { fileNamePart } from '../../shared/rules/text';
import { renderParticipationRecords, type ParticipationRecord } from '../documents';
import { requiredAssociationIdentity } from '../association/identity';
import { AppError, notFound } from '../errors';
import { todayIso, type ServiceContext } from '../service-context';
import { roleLabel } from '../meetings/attendance';
import { computeYear } from '../meetings/conge';
import { getMeetingsSettings } from '../meetings/meetings';
import { signatoryOf } from './signatory';
import { pdfFile as pdf, type ProducedFile } from '../files/produced-file';

/**
 * Attendance rate of the relevé: meetings attended over the meetings convened whose status is
 * recorded (a meeting nobody filled in for the person says nothing either way).
 */
export function attendanceRatePercent(attended: number, recorded: number): number {
  return recorded <= 0 ? 0 : Math.min(100, Math.round((attended * 100) / recorded));
}

/** The participation records of a year for the given people (all active with activity when null). */
export async function participationRecords(
  ctx: ServiceContext,
  representativeIds: readonly number[] | null,
  year: number,
): Promise<ParticipationRecord[]> {
  const association = await requiredAssociationIdentity(ctx.db);
  const settings = await getMeetingsSettings(ctx);
  const signatory = signatoryOf(settings, association);
  const today = todayIso(ctx);
  const people = representativeIds
    ? await peopleByIds(ctx.db, representativeIds)
    : await activePeople(ctx.db);
  const data = await computeYear(
    ctx,
    representativeIds ? people.map((p) => p.id) : null,
    year,
    settings,
    today,
  );
  const allowed = Math.round(settings.congeAllowanceDays * 2);
  const records: ParticipationRecord[] = [];
  for (const p of people) {
    const y = data.get(p.id);
    if (!representativeIds && (!y || (y.mandates.length === 0 && y.convened === 0))) continue;
    const attended = y?.attended ?? [];
    const convened = y?.convened ?? 0;
    const notRecorded = y?.notRecorded ?? 0;
    records.push({
      year,
      person: {
        civility: p.civility,
        firstName: p.firstName,
        lastName: p.lastName,
        addressLine: p.addressLine,
        postalCode: p.postalCode,
        city: p.city,
      },
      reference: null,
      issuedOn: today,
      mandates: (y?.mandates ?? []).map((m) => ({
        instance: m.instanceName,
        organisation: m.organisationName,
        role: roleLabel(m.role, m.roleOther, p.civility),
        from: m.startDate,
        to: effectiveEnd(m),
      })),
      meetings: attended.map((a) => ({
        date: a.date,
        instance: a.instanceName,
        mode: a.mode,
        replacing: a.replacing,
        startTime: a.startTime,
        endTime: a.endTime,
        minutes: a.minutes,
      })),
      counts: {
        convened,
        attended: attended.length,
        excused: y?.excused ?? 0,
        absent: y?.absent ?? 0,
        notRecorded,
      },
      attendanceRatePercent: attendanceRatePercent(attended.length, convened - notRecorded),
      totalMinutes: y?.totalMinutes ?? 0,
      congeHalfDaysUsed: p.employed ? (y?.usedHalfDays ?? 0) : 0,
      congeHalfDaysAllowed: allowed,
      employed: p.employed,
      signatory,
    });
  }
  return records;
}

export async function participationRecordFile(
  ctx: ServiceContext,
  input: { representativeId: number; year: number },
): Promise<ProducedFile> {
  const association = await requiredAssociationIdentity(ctx.db);
  const records = await participationRecords(ctx, [input.representativeId], input.year);
  const first = records[0];
  if (!first) throw notFound('Représentant');
  const data = renderParticipationRecords(association, records);
  return pdf(
    `Releve participation ${input.year} ${fileNamePart(`${first.person.lastName} ${first.person.firstName}`, 60)}.pdf`,
    data,
  );
}

export async function allParticipationRecordsFile(
  ctx: ServiceContext,
  year: number,
): Promise<ProducedFile & { count: number }> {
  const association = await requiredAssociationIdentity(ctx.db);
  const records = await participationRecords(ctx, null, year);
  if (records.length === 0) {
    throw new AppError('FORBIDDEN_STATE', `Aucun représentant actif n’a de mandat ni de réunion en ${year}.`);
  }
  const data = renderParticipationRecords(association, records);
  return { ...pdf(`Releves participation ${year}.pdf`, data), count: records.length };
}
