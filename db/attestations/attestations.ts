/** Issued attestations: the reference, who and which meeting, and the content as printed. */
import type { AttestationSummary } from '../../shared/meetings/types';
import type { Executor } from '../audit';
import { engagementName } from '../meetings/engagement';
import { personName } from '../../shared/rules/person-name';

export interface AttestationRecord extends AttestationSummary {
  year: number;
  number: number;
  content: string;
}

const base = (db: Executor) =>
  db
    .selectFrom('attestation as t')
    .innerJoin('meeting as m', 'm.id', 't.meeting_id')
    .innerJoin('representative as r', 'r.id', 't.representative_id')
    .select([
      't.id',
      't.reference',
      't.year',
      't.number',
      't.meeting_id',
      't.representative_id',
      't.issued_on',
      't.void_reason',
      't.voided_at',
      't.content',
      'm.date',
      // A meeting of an instance or a session of an action: both are attested.
      engagementName(),
      'r.first_name',
      'r.last_name',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

const toRecord = (r: Row): AttestationRecord => ({
  id: r.id,
  reference: r.reference,
  year: r.year,
  number: r.number,
  meetingId: r.meeting_id,
  meetingDate: r.date,
  instanceName: r.engagement_name,
  representativeId: r.representative_id,
  personName: personName(r.first_name, r.last_name),
  issuedOn: r.issued_on,
  voided: r.voided_at !== null,
  voidReason: r.void_reason,
  voidedAt: r.voided_at,
  content: r.content,
});

export const toSummary = ({
  year: _y,
  number: _n,
  content: _c,
  ...summary
}: AttestationRecord): AttestationSummary => summary;

export async function getAttestation(db: Executor, id: number): Promise<AttestationRecord | null> {
  const r = await base(db).where('t.id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : null;
}

export async function findValid(
  db: Executor,
  meetingId: number,
  representativeId: number,
): Promise<AttestationRecord | null> {
  const r = await base(db)
    .where('t.meeting_id', '=', meetingId)
    .where('t.representative_id', '=', representativeId)
    .where('t.voided_at', 'is', null)
    .executeTakeFirst();
  return r ? toRecord(r) : null;
}

export async function listForMeeting(db: Executor, meetingId: number): Promise<AttestationRecord[]> {
  const rows = await base(db)
    .where('t.meeting_id', '=', meetingId)
    .orderBy('t.year')
    .orderBy('t.number')
    .execute();
  return rows.map(toRecord);
}

/** A person's attestations for meetings held in the period. */
export async function listForPerson(
  db: Executor,
  representativeId: number,
  from: string,
  to: string,
): Promise<AttestationRecord[]> {
  const rows = await base(db)
    .where('t.representative_id', '=', representativeId)
    .where('m.date', '>=', from)
    .where('m.date', '<=', to)
    .orderBy('m.date')
    .orderBy('t.number')
    .execute();
  return rows.map(toRecord);
}

export async function insertAttestation(
  db: Executor,
  values: {
    reference: string;
    year: number;
    number: number;
    meetingId: number;
    representativeId: number;
    issuedOn: string;
    content: string;
  },
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('attestation')
    .values({
      reference: values.reference,
      year: values.year,
      number: values.number,
      meeting_id: values.meetingId,
      representative_id: values.representativeId,
      issued_on: values.issuedOn,
      issued_at: at,
      content: values.content,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function voidAttestation(db: Executor, id: number, reason: string, at: string): Promise<void> {
  await db
    .updateTable('attestation')
    .set({ void_reason: reason, voided_at: at })
    .where('id', '=', id)
    .execute();
}

/** Who gets a relevé in the batch for the whole association: the people not archived, in list order. */
export async function activeRepresentativeIds(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('representative')
    .select('id')
    .where('archived_at', 'is', null)
    .orderBy('search_text')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
