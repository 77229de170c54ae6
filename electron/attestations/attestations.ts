/**
 * Attestations de présence, and de participation for the sessions of actions that are no
 * representation (numbered ATT-YYYY-NNNN, per year of issue, never reused, the same
 * on every reprint), as PDF files. The relevés annuels are in participation-records.ts.
 */
import { logAction, type Executor } from '../../db/audit';
import * as attendanceRepo from '../../db/meetings/attendance';
import * as repo from '../../db/attestations/attestations';
import * as meetingRepo from '../../db/meetings/meetings';
import * as sessionRepo from '../../db/meetings/sessions';
import { getPerson } from '../../db/register/people';
import { formatNumber, nextNumber } from '../../db/sequence';
import type { AttestationSummary } from '../../shared/meetings/types';
import { countsAsPresent } from '../../shared/meetings/attendance-rules';
import { frenchDate } from '../../shared/rules/dates';
import { personName } from '../../shared/rules/person-name';
import { fileNamePart } from '../../shared/rules/text';
import {
  renderAttendanceCertificates,
  type AssociationIdentity,
  type AttendanceCertificate,
  type Signatory,
} from '../documents';
import { issuedPdf, takeSnapshot } from '../history/snapshots';
import { requiredAssociationIdentity } from '../association/identity';
import { pdfFile as pdf, type ProducedFile } from '../files/produced-file';
import { batchSteps, type JobControl } from '../jobs/job-control';
import { AppError, notFound } from '../errors';
import { isoNow, todayIso, type ServiceContext } from '../service-context';
import { getMeetingsSettings } from '../meetings/meetings';
import { buildCertificate } from './certificate';
import { signatoryOf } from './signatory';

export const ATTESTATION_SEQUENCE = 'attestation';
export const ATTESTATION_PREFIX = 'ATT';

/**
 * The valid attestation of a person at a meeting, issued now (next number of the year) when
 * there is none yet. Call inside a transaction: a failure gives the number back.
 */
async function ensureAttestation(
  ctx: ServiceContext,
  trx: Executor,
  meetingId: number,
  representativeId: number,
  issuer: { association: AssociationIdentity; signatory: Signatory },
): Promise<{ id: number; certificate: AttendanceCertificate; reprint: boolean }> {
  const { association, signatory } = issuer;
  const existing = await repo.findValid(trx, meetingId, representativeId);
  if (existing)
    return {
      id: existing.id,
      certificate: JSON.parse(existing.content) as AttendanceCertificate,
      reprint: true,
    };
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
  await takeSnapshot(ctx, trx, {
    kind: 'attestation',
    recordId: id,
    variant: VALID,
    association,
    document: certificate,
  });
  return { id, certificate, reprint: false };
}

/** Issues (or finds) the attestation without printing it: the demo data and batch jobs use it. */
export async function recordAttestation(
  ctx: ServiceContext,
  input: { meetingId: number; representativeId: number },
): Promise<string> {
  const association = await requiredAssociationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const { certificate } = await ctx.db
    .transaction()
    .execute((trx) =>
      ensureAttestation(ctx, trx, input.meetingId, input.representativeId, { association, signatory }),
    );
  return certificate.reference;
}

/** Voided attestations are reprinted with their banner, from what was printed then. */
function withVoid(record: repo.AttestationRecord): AttendanceCertificate {
  const cert = JSON.parse(record.content) as AttendanceCertificate;
  return record.voided ? { ...cert, voidReason: record.voidReason } : cert;
}

const VALID = 'valide';

/** One attestation as issued (its snapshot), valid or with its « ANNULÉE » banner. */
async function attestationPdf(ctx: ServiceContext, record: repo.AttestationRecord): Promise<Buffer> {
  return issuedPdf(ctx, {
    kind: 'attestation',
    recordId: record.id,
    variant: record.voided ? 'annulee' : VALID,
    fileName: `Attestation ${record.reference}.pdf`,
    current: async () => ({
      association: await requiredAssociationIdentity(ctx.db),
      document: withVoid(record),
    }),
    derive: (issued) => (record.voided ? { ...issued, voidReason: record.voidReason } : issued),
    render: (association, certificate, options) =>
      renderAttendanceCertificates(association, [certificate], options),
  });
}

export async function issueAttestation(
  ctx: ServiceContext,
  input: { meetingId: number; representativeId: number },
): Promise<ProducedFile & { reference: string; reprint: boolean }> {
  const association = await requiredAssociationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const { id, certificate, reprint } = await ctx.db
    .transaction()
    .execute((trx) =>
      ensureAttestation(ctx, trx, input.meetingId, input.representativeId, { association, signatory }),
    );
  const record = await repo.getAttestation(ctx.db, id);
  if (!record) throw notFound('Attestation');
  const data = await attestationPdf(ctx, record);
  const r = certificate.representative;
  return {
    ...pdf(
      `Attestation ${certificate.reference} ${fileNamePart(`${r.lastName} ${r.firstName}`, 60)}.pdf`,
      data,
    ),
    reference: certificate.reference,
    reprint,
  };
}

/** Reprints one attestation by its id, valid or voided (then with its "ANNULÉE" banner). */
export async function reprintAttestation(
  ctx: ServiceContext,
  id: number,
): Promise<ProducedFile & { reference: string }> {
  const record = await repo.getAttestation(ctx.db, id);
  if (!record) throw notFound('Attestation');
  const data = await attestationPdf(ctx, record);
  return { ...pdf(`Attestation ${record.reference}.pdf`, data), reference: record.reference };
}

/** A meeting of an instance or a session of an action, as the batch of its attestations needs it. */
async function meetingOrSession(ctx: ServiceContext, id: number) {
  const meeting = await meetingRepo.getMeeting(ctx.db, id);
  if (meeting)
    return { what: 'réunion', name: meeting.instanceName, date: meeting.date, cancelled: meeting.cancelled };
  const session = await sessionRepo.getSession(ctx.db, id);
  if (!session) throw notFound('Réunion');
  return { what: 'séance', name: session.actionTitle, date: session.date, cancelled: session.cancelled };
}

/** Every present person of a meeting (or a session): the attestations already issued, and new ones for the others. */
export async function meetingAttestations(
  ctx: ServiceContext,
  meetingId: number,
  control?: JobControl,
): Promise<ProducedFile & { count: number }> {
  const association = await requiredAssociationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const meeting = await meetingOrSession(ctx, meetingId);
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
        `Personne n’est noté présent à cette ${meeting.what} : enregistrez les présences d’abord.`,
      );
    }
    const list: AttendanceCertificate[] = [];
    const step = batchSteps(control);
    for (const r of rows) {
      list.push(
        (await ensureAttestation(ctx, trx, meetingId, r.representativeId, { association, signatory }))
          .certificate,
      );
      // Inside the transaction: a cancellation rolls every number of the batch back.
      await step(list.length, rows.length);
    }
    return list;
  });
  if (certificates.length === 0)
    throw new AppError('FORBIDDEN_STATE', `Aucune attestation valide pour cette ${meeting.what} annulée.`);
  certificates.sort((a, b) => a.reference.localeCompare(b.reference));
  const data = renderAttendanceCertificates(association, certificates);
  return {
    ...pdf(`Attestations ${meeting.date} ${fileNamePart(meeting.name, 60)}.pdf`, data),
    count: certificates.length,
  };
}

/** Every meeting a person attended over a period, one attestation each (issued when missing). */
export async function personAttestations(
  ctx: ServiceContext,
  input: { representativeId: number; from: string; to: string },
  control?: JobControl,
): Promise<ProducedFile & { count: number }> {
  const association = await requiredAssociationIdentity(ctx.db);
  const signatory = signatoryOf(await getMeetingsSettings(ctx), association);
  const today = todayIso(ctx);
  const person = await getPerson(ctx.db, input.representativeId);
  if (!person) throw notFound('Représentant');
  const name = personName(person.firstName, person.lastName);
  const certificates = await ctx.db.transaction().execute(async (trx) => {
    const rows = (
      await attendanceRepo.attendanceInPeriod(trx, [input.representativeId], input.from, input.to)
    ).filter((r) => countsAsPresent(r.status) && !r.cancelled && r.date <= today);
    const list: AttendanceCertificate[] = [];
    const step = batchSteps(control);
    for (const r of rows) {
      list.push(
        (await ensureAttestation(ctx, trx, r.meetingId, input.representativeId, { association, signatory }))
          .certificate,
      );
      await step(list.length, rows.length);
    }
    return list;
  });
  if (certificates.length === 0) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `${name} n’a aucune présence notée du ${frenchDate(input.from)} au ${frenchDate(input.to)}.`,
    );
  }
  const data = renderAttendanceCertificates(association, certificates);
  return {
    ...pdf(
      `Attestations ${fileNamePart(`${person.lastName} ${person.firstName}`, 60)} ${input.from} au ${input.to}.pdf`,
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
