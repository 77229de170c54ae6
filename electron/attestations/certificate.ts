/** An attestation (de présence, or de participation for some sessions of actions) as printed, built from what the register and the meeting record today. */
import * as attendanceRepo from '../../db/meetings/attendance';
import * as meetingRepo from '../../db/meetings/meetings';
import * as registerReads from '../../db/meetings/register-reads';
import * as sessionRepo from '../../db/meetings/sessions';
import type { Meeting, Session } from '../../shared/meetings/types';
import { getPerson } from '../../db/register/people';
import type { Executor } from '../../db/audit';
import { countsAsPresent, presenceMinutes } from '../../shared/meetings/attendance-rules';
import { frenchDate } from '../../shared/rules/dates';
import { personName } from '../../shared/rules/person-name';
import type { AttendanceCertificate, Signatory } from '../documents';
import { AppError, notFound } from '../errors';

type Owner =
  | { meeting: Meeting; instance: NonNullable<AttendanceCertificate['instance']>; session?: undefined }
  | { meeting: Session; session: Session; instance?: undefined };

/** The meeting of an instance, or the session of an action, an attestation is about. */
async function ownerOf(db: Executor, meetingId: number): Promise<Owner> {
  const meeting = await meetingRepo.getMeeting(db, meetingId);
  if (meeting) {
    const instance = await registerReads.getInstanceInfo(db, meeting.instanceId);
    if (!instance) throw notFound('Instance');
    return {
      meeting,
      instance: { name: instance.name, typeLabel: instance.typeLabel, organisation: instance.organisation },
    };
  }
  const session = await sessionRepo.getSession(db, meetingId);
  if (!session) throw notFound('Réunion');
  return { meeting: session, session };
}

/** Refuses, with the reason, a person not noted present, a cancelled meeting or one still to come. */
export async function buildCertificate(
  db: Executor,
  meetingId: number,
  representativeId: number,
  signatory: Signatory,
  issuedOn: string,
  reference: string,
): Promise<AttendanceCertificate> {
  const owner = await ownerOf(db, meetingId);
  const meeting = owner.meeting;
  const person = await getPerson(db, representativeId);
  if (!person) throw notFound('Représentant');
  const rows = await attendanceRepo.listAttendance(db, meetingId);
  const row = rows.find((r) => r.representativeId === representativeId);
  const what = owner.instance ? 'réunion' : 'séance';
  if (meeting.cancelled)
    throw new AppError(
      'FORBIDDEN_STATE',
      `Cette ${what} est annulée : aucune attestation ne peut être délivrée.`,
    );
  if (!row || !countsAsPresent(row.status)) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `Aucune présence n’est notée pour ${personName(person.firstName, person.lastName)} à cette ${what} : enregistrez-la avant de délivrer l’attestation.`,
    );
  }
  if (meeting.date > issuedOn) {
    throw new AppError(
      'FORBIDDEN_STATE',
      `La ${what} du ${frenchDate(meeting.date)} n’a pas encore eu lieu : l’attestation se délivre après.`,
    );
  }
  const replacing = rows.some((r) => r.status === 'remplace' && r.replacedById === representativeId);
  return {
    reference,
    issuedOn,
    representative: {
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      addressLine: person.addressLine,
      postalCode: person.postalCode,
      city: person.city,
      employer: person.employed ? person.employer : null,
    },
    ...(owner.instance
      ? { instance: owner.instance }
      : {
          action: {
            title: owner.session.actionTitle,
            carrier: owner.session.carrier,
            kind: owner.session.attestationKind,
            role: row.role,
          },
        }),
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
