/**
 * Attestations de présence (numbered ATT-YYYY-NNNN, per year of issue, never reused, the same
 * on every reprint) and relevés annuels de participation, as PDF files.
 */
import { getAssociationRow, getOfficerCivilities } from '../../db/association/association';
import { logAction, type Executor } from '../../db/audit';
import * as attendanceRepo from '../../db/meetings/attendance';
import * as repo from '../../db/attestations/attestations';
import * as meetingRepo from '../../db/meetings/meetings';
import { formatNumber, nextNumber } from '../../db/sequence';
import type { AttestationSummary } from '../../shared/meetings/types';
import type { GeneratedFile } from '../../shared/files';
import type { MeetingsSettings } from '../../shared/meetings/settings';
import {
  participationRecordsDocument,
  renderAttendanceCertificates,
  renderParticipationRecords,
  type AssociationIdentity,
  type AttendanceCertificate,
  type ParticipationRecord,
  type Signatory,
} from '../documents';
import { idList } from '../../db/id-list';
import { batchSteps, type JobControl } from '../jobs/job-control';
import { AppError, notFound } from '../errors';
import { countsAsPresent, presenceMinutes } from '../../shared/meetings/attendance-rules';
import { effectiveEnd } from '../../shared/register/register-rules';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { roleLabel } from '../meetings/attendance';
import { computeYear } from '../meetings/conge';
import { frDate, getMeetingsSettings } from '../meetings/meetings';

export const ATTESTATION_SEQUENCE = 'attestation';
export const ATTESTATION_PREFIX = 'ATT';

export async function associationIdentity(db: Executor): Promise<AssociationIdentity> {
  const a = await getAssociationRow(db);
  if (!a) {
    throw new AppError(
      'FORBIDDEN_STATE',
      'Renseignez d’abord l’identité de l’association (Paramètres › Association) : elle figure sur chaque document.',
    );
  }
  const mime = a.logo_mime === 'image/png' || a.logo_mime === 'image/jpeg' ? a.logo_mime : null;
  const officers = await getOfficerCivilities(db);
  return {
    name: a.name,
    addressLine: a.address_line,
    postalCode: a.postal_code,
    city: a.city,
    rna: a.rna,
    siren: a.siren,
    objet: a.objet,
    organismType: a.organism_type,
    president: a.president,
    presidentCivility: officers.presidentCivility,
    treasurer: a.treasurer,
    treasurerCivility: officers.treasurerCivility,
    documentPlace: a.document_place,
    logo: a.logo && mime ? { data: Buffer.from(a.logo), mime } : null,
  };
}

/** The settings' signatory, or the association's president, with the civility of whoever signs. */
function signatoryOf(settings: MeetingsSettings, association: AssociationIdentity): Signatory {
  const named = settings.signatoryName !== '';
  return {
    name: named ? settings.signatoryName : association.president,
    role: settings.signatoryRole,
    civility: named ? settings.signatoryCivility : (association.presidentCivility ?? ''),
    office: 'president',
  };
}

const slug = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

const pdf = (fileName: string, data: Buffer): GeneratedFile => ({
  fileName,
  mime: 'application/pdf',
  dataBase64: data.toString('base64'),
});

/** The certificate as printed, built from the records of today (the first issue only). */
async function buildCertificate(
  db: Executor,
  meetingId: number,
  representativeId: number,
  signatory: Signatory,
  issuedOn: string,
  reference: string,
): Promise<AttendanceCertificate> {
  const meeting = await meetingRepo.getMeeting(db, meetingId);
  if (!meeting) throw notFound('Réunion');
  const instance = await meetingRepo.getInstanceInfo(db, meeting.instanceId);
  if (!instance) throw notFound('Instance');
  const person = await db
    .selectFrom('representative')
    .selectAll()
    .where('id', '=', representativeId)
    .executeTakeFirst();
  if (!person) throw notFound('Représentant');
  const rows = await attendanceRepo.listAttendance(db, meetingId);
  const row = rows.find((r) => r.representativeId === representativeId);
  const name = `${person.first_name} ${person.last_name}`;
  if (meeting.cancelled)
    throw new AppError(
      'FORBIDDEN_STATE',
      'Cette réunion est annulée : aucune attestation ne peut être délivrée.',
    );
  if (!row || !countsAsPresent(row.status)) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `Aucune présence n’est notée pour ${name} à cette réunion : enregistrez-la avant de délivrer l’attestation.`,
    );
  }
  if (meeting.date > issuedOn) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `La réunion du ${frDate(meeting.date)} n’a pas encore eu lieu : l’attestation se délivre après.`,
    );
  }
  const replacing = rows.some((r) => r.status === 'remplace' && r.replacedById === representativeId);
  return {
    reference,
    issuedOn,
    representative: {
      civility: person.civility,
      firstName: person.first_name,
      lastName: person.last_name,
      addressLine: person.address_line,
      postalCode: person.postal_code,
      city: person.city,
      employer: person.employed === 1 ? person.employer : null,
    },
    instance: { name: instance.name, typeLabel: instance.typeLabel, organisation: instance.organisation },
    meeting: {
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      mode: meeting.mode,
      place: meeting.place,
      title: meeting.title,
    },
    presence: {
      status: row.status === 'distance' ? 'distance' : 'present',
      replacing,
      startTime: row.startTime ?? meeting.startTime,
      endTime: row.endTime ?? meeting.endTime,
      minutes: presenceMinutes(meeting, row),
    },
    signatory,
  };
}

/**
 * The valid attestation of a person at a meeting, issued now (next number of the year) when
 * there is none yet. Call inside a transaction: a failure gives the number back.
 */
async function ensureAttestation(
  ctx: ServiceContext,
  trx: Executor,
  meetingId: number,
  representativeId: number,
  signatory: Signatory,
): Promise<{ certificate: AttendanceCertificate; reprint: boolean }> {
  const existing = await repo.findValid(trx, meetingId, representativeId);
  if (existing) return { certificate: JSON.parse(existing.content) as AttendanceCertificate, reprint: true };
  const issuedOn = todayIso(ctx);
  // Checked before taking a number so that a refusal consumes nothing even outside a rollback.
  await buildCertificate(trx, meetingId, representativeId, signatory, issuedOn, '');
  const year = Number(issuedOn.slice(0, 4));
  const number = await nextNumber(trx, ATTESTATION_SEQUENCE, year);
  const reference = formatNumber(ATTESTATION_PREFIX, year, number);
  const certificate = await buildCertificate(
    trx,
    meetingId,
    representativeId,
    signatory,
    issuedOn,
    reference,
  );
  const at = isoNow(ctx);
  const id = await repo.insertAttestation(
    trx,
    { reference, year, number, meetingId, representativeId, issuedOn, content: JSON.stringify(certificate) },
    at,
  );
  await logAction(trx, {
    at,
    actor: ctx.actor,
    action: 'attestation délivrée',
    entity: 'attestation',
    entityId: id,
    details: { reference, reunion: meetingId, representant: representativeId },
  });
  return { certificate, reprint: false };
}

/** Issues (or finds) the attestation without printing it: the demo data and batch jobs use it. */
export async function recordAttestation(
  ctx: ServiceContext,
  input: { meetingId: number; representativeId: number },
): Promise<string> {
  const association = await associationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const { certificate } = await ctx.db
    .transaction()
    .execute((trx) => ensureAttestation(ctx, trx, input.meetingId, input.representativeId, signatory));
  return certificate.reference;
}

/** Voided attestations are reprinted with their banner, from what was printed then. */
function withVoid(record: repo.AttestationRecord): AttendanceCertificate {
  const cert = JSON.parse(record.content) as AttendanceCertificate;
  return record.voided ? { ...cert, voidReason: record.voidReason } : cert;
}

export async function issueAttestation(
  ctx: ServiceContext,
  input: { meetingId: number; representativeId: number },
): Promise<GeneratedFile & { reference: string; reprint: boolean }> {
  const association = await associationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const { certificate, reprint } = await ctx.db
    .transaction()
    .execute((trx) => ensureAttestation(ctx, trx, input.meetingId, input.representativeId, signatory));
  const data = renderAttendanceCertificates(association, [certificate]);
  const r = certificate.representative;
  return {
    ...pdf(`Attestation ${certificate.reference} ${slug(`${r.lastName} ${r.firstName}`)}.pdf`, data),
    reference: certificate.reference,
    reprint,
  };
}

/** Reprints one attestation by its id, valid or voided (then with its "ANNULÉE" banner). */
export async function reprintAttestation(
  ctx: ServiceContext,
  id: number,
): Promise<GeneratedFile & { reference: string }> {
  const association = await associationIdentity(ctx.db);
  const record = await repo.getAttestation(ctx.db, id);
  if (!record) throw notFound('Attestation');
  const data = renderAttendanceCertificates(association, [withVoid(record)]);
  return { ...pdf(`Attestation ${record.reference}.pdf`, data), reference: record.reference };
}

/** Every present person of a meeting: the attestations already issued, and new ones for the others. */
export async function meetingAttestations(
  ctx: ServiceContext,
  meetingId: number,
  control?: JobControl,
): Promise<GeneratedFile & { count: number }> {
  const association = await associationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const meeting = await meetingRepo.getMeeting(ctx.db, meetingId);
  if (!meeting) throw notFound('Réunion');
  const certificates = await ctx.db.transaction().execute(async (trx) => {
    const rows = (await attendanceRepo.listAttendance(trx, meetingId)).filter((r) =>
      countsAsPresent(r.status),
    );
    if (meeting.cancelled) {
      return (await repo.listForMeeting(trx, meetingId)).filter((a) => !a.voided).map(withVoid);
    }
    if (rows.length === 0) {
      throw new AppError(
        'FORBIDDEN_STATE',
        'Personne n’est noté présent à cette réunion : enregistrez les présences d’abord.',
      );
    }
    const list: AttendanceCertificate[] = [];
    const step = batchSteps(control);
    for (const r of rows) {
      list.push((await ensureAttestation(ctx, trx, meetingId, r.representativeId, signatory)).certificate);
      // Inside the transaction: a cancellation rolls every number of the batch back.
      await step(list.length, rows.length);
    }
    return list;
  });
  if (certificates.length === 0)
    throw new AppError('FORBIDDEN_STATE', 'Aucune attestation valide pour cette réunion annulée.');
  certificates.sort((a, b) => a.reference.localeCompare(b.reference));
  const data = renderAttendanceCertificates(association, certificates);
  return {
    ...pdf(`Attestations ${meeting.date} ${slug(meeting.instanceName)}.pdf`, data),
    count: certificates.length,
  };
}

/** Every meeting a person attended over a period, one attestation each (issued when missing). */
export async function personAttestations(
  ctx: ServiceContext,
  input: { representativeId: number; from: string; to: string },
  control?: JobControl,
): Promise<GeneratedFile & { count: number }> {
  const association = await associationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const today = todayIso(ctx);
  const person = await ctx.db
    .selectFrom('representative')
    .select(['first_name', 'last_name'])
    .where('id', '=', input.representativeId)
    .executeTakeFirst();
  if (!person) throw notFound('Représentant');
  const certificates = await ctx.db.transaction().execute(async (trx) => {
    const rows = (
      await attendanceRepo.attendanceInPeriod(trx, [input.representativeId], input.from, input.to)
    ).filter((r) => countsAsPresent(r.status) && !r.cancelled && r.date <= today);
    const list: AttendanceCertificate[] = [];
    const step = batchSteps(control);
    for (const r of rows) {
      list.push(
        (await ensureAttestation(ctx, trx, r.meetingId, input.representativeId, signatory)).certificate,
      );
      await step(list.length, rows.length);
    }
    return list;
  });
  if (certificates.length === 0) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `${person.first_name} ${person.last_name} n’a aucune présence notée du ${frDate(input.from)} au ${frDate(input.to)}.`,
    );
  }
  const data = renderAttendanceCertificates(association, certificates);
  return {
    ...pdf(
      `Attestations ${slug(`${person.last_name} ${person.first_name}`)} ${input.from} au ${input.to}.pdf`,
      data,
    ),
    count: certificates.length,
  };
}

export async function voidAttestation(
  ctx: ServiceContext,
  input: { id: number; reason: string },
): Promise<AttestationSummary> {
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const record = await repo.getAttestation(trx, input.id);
    if (!record) throw notFound('Attestation');
    if (record.voided)
      throw new AppError('FORBIDDEN_STATE', `L’attestation ${record.reference} est déjà annulée.`);
    await repo.voidAttestation(trx, input.id, input.reason, at);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'attestation annulée',
      entity: 'attestation',
      entityId: input.id,
      details: { reference: record.reference, motif: input.reason },
    });
  });
  const updated = await repo.getAttestation(ctx.db, input.id);
  if (!updated) throw notFound('Attestation');
  return repo.toSummary(updated);
}

export async function listMeetingAttestations(
  ctx: ServiceContext,
  meetingId: number,
): Promise<AttestationSummary[]> {
  return (await repo.listForMeeting(ctx.db, meetingId)).map(repo.toSummary);
}

export async function listPersonAttestations(
  ctx: ServiceContext,
  representativeId: number,
  year: number,
): Promise<AttestationSummary[]> {
  return (await repo.listForPerson(ctx.db, representativeId, `${year}-01-01`, `${year}-12-31`)).map(
    repo.toSummary,
  );
}

// ------------------------------------------------------------------ relevé annuel

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
  signatory: Signatory;
  today: string;
}

async function recordsBasis(ctx: ServiceContext, association: AssociationIdentity): Promise<RecordsBasis> {
  const settings = await getMeetingsSettings(ctx);
  return { settings, signatory: signatoryOf(settings, association), today: todayIso(ctx) };
}

/** The participation records of a year for the given people (all active with activity when null). */
export async function participationRecords(
  ctx: ServiceContext,
  representativeIds: readonly number[] | null,
  year: number,
): Promise<ParticipationRecord[]> {
  const basis = await recordsBasis(ctx, await associationIdentity(ctx.db));
  const ids = representativeIds ?? (await repo.activeRepresentativeIds(ctx.db));
  return recordsOf(ctx, basis, ids, year, representativeIds === null);
}

/**
 * The records of these people; with `skipIdle`, none for whoever had neither a mandate nor a
 * meeting in the year (the batch for the whole association).
 */
async function recordsOf(
  ctx: ServiceContext,
  { settings, signatory, today }: RecordsBasis,
  representativeIds: readonly number[],
  year: number,
  skipIdle: boolean,
): Promise<ParticipationRecord[]> {
  const people = await ctx.db
    .selectFrom('representative')
    .select(['id', 'civility', 'first_name', 'last_name', 'address_line', 'postal_code', 'city', 'employed'])
    .where('id', 'in', idList(representativeIds))
    .orderBy('search_text')
    .orderBy('id')
    .execute();
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
    if (skipIdle && (!y || (y.mandates.length === 0 && y.convened === 0))) continue;
    const attended = y?.attended ?? [];
    const convened = y?.convened ?? 0;
    const notRecorded = y?.notRecorded ?? 0;
    records.push({
      year,
      person: {
        civility: p.civility,
        firstName: p.first_name,
        lastName: p.last_name,
        addressLine: p.address_line,
        postalCode: p.postal_code,
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
      congeHalfDaysUsed: p.employed === 1 ? (y?.usedHalfDays ?? 0) : 0,
      congeHalfDaysAllowed: allowed,
      employed: p.employed === 1,
      signatory,
    });
  }
  return records;
}

export async function participationRecordFile(
  ctx: ServiceContext,
  input: { representativeId: number; year: number },
): Promise<GeneratedFile> {
  const association = await associationIdentity(ctx.db);
  const records = await participationRecords(ctx, [input.representativeId], input.year);
  const first = records[0];
  if (!first) throw notFound('Représentant');
  const data = renderParticipationRecords(association, records);
  return pdf(
    `Releve participation ${input.year} ${slug(`${first.person.lastName} ${first.person.firstName}`)}.pdf`,
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
): Promise<GeneratedFile & { count: number }> {
  const association = await associationIdentity(ctx.db);
  const basis = await recordsBasis(ctx, association);
  const ids = await repo.activeRepresentativeIds(ctx.db);
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
