/**
 * Relevés annuels de participation: for each person, the year's mandates, the meetings attended,
 * the attendance rate, the hours and the congé de représentation used, and the sessions of
 * actions and projects taken part in.
 */
import { peopleByIds } from '../../db/register/people';
import { activeRepresentativeIds } from '../../db/attestations/attestations';
import type { MeetingsSettings } from '../../shared/meetings/settings';
import { effectiveEnd } from '../../shared/register/register-rules';
import { carrierText } from '../../shared/meetings/engagement';
import { attendanceRoleLabel } from '../../shared/rules/agreement';
import { fileNamePart } from '../../shared/rules/text';
import {
  participationRecordsDocument,
  renderParticipationRecords,
  type AssociationIdentity,
  type ParticipationRecord,
  type Signatory,
} from '../documents';
import { batchSteps, type JobControl } from '../jobs/job-control';
import { requiredAssociationIdentity } from '../association/identity';
import { AppError, notFound } from '../errors';
import { todayIso, type ServiceContext } from '../service-context';
import { roleLabel } from '../meetings/attendance';
import { computeYear } from '../meetings/conge';
import { getMeetingsSettings } from '../meetings/meetings';
import { signatoryOf } from './signatory';
import { pdfFile as pdf, type ProducedFile } from '../files/produced-file';
import { recordValorisation } from '../valorisation/record-valorisation';
import type { ValorisationSettings } from '../../shared/valorisation/settings';
import { getValorisationSettings } from '../valorisation/valorisation';

/**
 * Attendance rate of the relevé: meetings attended over the meetings convened whose status is
 * recorded (a meeting nobody filled in for the person says nothing either way).
 */
export function attendanceRatePercent(attended: number, recorded: number): number {
  return recorded <= 0 ? 0 : Math.min(100, Math.round((attended * 100) / recorded));
}

/** What every relevé of one batch shares, read once. */
interface RecordsBasis {
  settings: MeetingsSettings;
  valorisation: ValorisationSettings;
  associationName: string;
  signatory: Signatory;
  today: string;
}

async function recordsBasis(ctx: ServiceContext, association: AssociationIdentity): Promise<RecordsBasis> {
  const settings = await getMeetingsSettings(ctx);
  return {
    settings,
    valorisation: await getValorisationSettings(ctx),
    associationName: association.name,
    signatory: signatoryOf(settings, association),
    today: todayIso(ctx),
  };
}

/** The participation records of a year for the given people (all active with activity when null). */
export async function participationRecords(
  ctx: ServiceContext,
  representativeIds: readonly number[] | null,
  year: number,
): Promise<ParticipationRecord[]> {
  const basis = await recordsBasis(ctx, await requiredAssociationIdentity(ctx.db));
  const ids = representativeIds ?? (await activeRepresentativeIds(ctx.db));
  return recordsOf(ctx, basis, ids, year, representativeIds === null);
}

/**
 * The records of these people; with `skipIdle`, none for whoever had neither a mandate nor a
 * meeting in the year (the batch for the whole association).
 */
async function recordsOf(
  ctx: ServiceContext,
  { settings, valorisation, associationName, signatory, today }: RecordsBasis,
  representativeIds: readonly number[],
  year: number,
  skipIdle: boolean,
): Promise<ParticipationRecord[]> {
  const people = await peopleByIds(ctx.db, representativeIds);
  const data = await computeYear(
    ctx,
    people.map((p) => p.id),
    year,
    settings,
    today,
  );
  const allowed = Math.round(settings.congeAllowanceDays * 2);
  const records: ParticipationRecord[] = [];
  for (const p of people) {
    const y = data.get(p.id);
    if (skipIdle && (!y || (y.mandates.length === 0 && y.convened === 0 && y.sessions.length === 0)))
      continue;
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
      sessions: (y?.sessions ?? []).map((s) => ({
        date: s.date,
        action: s.actionTitle,
        carrier: carrierText(s.carrier, associationName),
        role: attendanceRoleLabel(s.role, p.civility),
        minutes: s.minutes,
      })),
      sessionMinutes: y?.sessionMinutes ?? 0,
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
      valorisation: valorisation.showOnRecord ? await recordValorisation(ctx, p, year, valorisation) : null,
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
  return participationRecordPdf(association, first);
}

/** One person's relevé as its own file (the e-mail of each person attaches this). */
export function participationRecordPdf(
  association: AssociationIdentity,
  record: ParticipationRecord,
): ProducedFile {
  const data = renderParticipationRecords(association, [record]);
  return pdf(
    `Releve participation ${record.year} ${fileNamePart(`${record.person.lastName} ${record.person.firstName}`, 60)}.pdf`,
    data,
  );
}

/** People whose year is read in one go; each relevé is then drawn and counted on its own. */
const PEOPLE_PER_QUERY = 25;

/** The relevés of every active person with a mandate or a meeting in the year, in one PDF. */
export async function allParticipationRecordsFile(
  ctx: ServiceContext,
  year: number,
  control?: JobControl,
): Promise<ProducedFile & { count: number }> {
  const association = await requiredAssociationIdentity(ctx.db);
  const basis = await recordsBasis(ctx, association);
  const ids = await activeRepresentativeIds(ctx.db);
  const step = batchSteps(control);
  await step(0, ids.length);
  const document = participationRecordsDocument(association);
  let count = 0;
  for (let start = 0; start < ids.length; start += PEOPLE_PER_QUERY) {
    const group = ids.slice(start, start + PEOPLE_PER_QUERY);
    const records = await recordsOf(ctx, basis, group, year, true);
    for (const [k, record] of records.entries()) {
      document.add([record]);
      count += 1;
      // People without activity are skipped: the count of people seen moves on regardless.
      await step(start + Math.min(k + 1, group.length), ids.length);
    }
    await step(start + group.length, ids.length);
  }
  if (count === 0) {
    throw new AppError('FORBIDDEN_STATE', `Aucun représentant actif n’a de mandat ni de réunion en ${year}.`);
  }
  return { ...pdf(`Releves participation ${year}.pdf`, document.finish()), count };
}
