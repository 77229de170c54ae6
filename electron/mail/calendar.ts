/**
 * Meetings as calendar events (iCalendar, RFC 5545, written by ical-generator): the invitation
 * attached to a convocation, and « Exporter le calendrier » of an instance or a person. Times are
 * French wall-clock times, turned into UTC instants so every calendar shows them right.
 */
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import * as calendarRepo from '../../db/mail/calendar';
import type { CalendarMeeting } from '../../db/mail/calendar';
import { addDays } from '../../shared/rules/dates';
import { fileNamePart } from '../../shared/rules/text';
import { associationIdentity } from '../association/identity';
import { notFound } from '../errors';
import { producedFile, type ProducedFile } from '../files/produced-file';
import { todayIso, type ServiceContext } from '../service-context';
import { getInstanceInfo } from '../../db/meetings/register-reads';
import { recipientOf } from '../../db/mail/recipients';

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONE = 'Europe/Paris';
/** An export looks a year back and every meeting ahead, up to this many. */
const EXPORT_LIMIT = 1_000;

export const parisInstant = (date: string, time: string): Date => dayjs.tz(`${date} ${time}`, ZONE).toDate();

type EventMeeting = Pick<
  CalendarMeeting,
  'id' | 'date' | 'startTime' | 'endTime' | 'mode' | 'place' | 'title' | 'instanceName' | 'cancelled'
> & { organisationName?: string };

function eventOf(meeting: EventMeeting) {
  return {
    // Stable: importing the file again updates the events instead of doubling them.
    id: `reunion-${meeting.id}@porte-voix`,
    start: parisInstant(meeting.date, meeting.startTime),
    end: parisInstant(meeting.date, meeting.endTime),
    summary: meeting.title ? `${meeting.instanceName} — ${meeting.title}` : meeting.instanceName,
    location:
      meeting.mode === 'distance' ? 'Visioconférence' : (meeting.place ?? meeting.organisationName ?? null),
    description: meeting.organisationName ?? null,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/** The invitation attached to one meeting's convocation. */
export function meetingInvitation(
  meeting: EventMeeting,
  associationName: string,
  organizerEmail: string,
): Buffer {
  const calendar = ical({
    prodId: { company: 'Porte-voix', product: 'Porte-voix', language: 'FR' },
    method: ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({ ...eventOf(meeting), organizer: { name: associationName, email: organizerEmail } });
  return Buffer.from(calendar.toString(), 'utf8');
}

function calendarFile(name: string, calendarName: string, meetings: CalendarMeeting[]): ProducedFile {
  const calendar = ical({
    prodId: { company: 'Porte-voix', product: 'Porte-voix', language: 'FR' },
    name: calendarName,
  });
  for (const meeting of meetings) calendar.createEvent(eventOf(meeting));
  return producedFile(
    `${name}.ics`,
    'text/calendar; charset=utf-8',
    Buffer.from(calendar.toString(), 'utf8'),
  );
}

export async function instanceCalendarFile(ctx: ServiceContext, instanceId: number): Promise<ProducedFile> {
  const instance = await getInstanceInfo(ctx.db, instanceId);
  if (!instance) throw notFound('Instance');
  const from = addDays(todayIso(ctx), -365);
  const meetings = await calendarRepo.instanceCalendar(ctx.db, instanceId, from, EXPORT_LIMIT);
  return calendarFile(`Calendrier ${fileNamePart(instance.name, 60)}`, instance.name, meetings);
}

export async function personCalendarFile(
  ctx: ServiceContext,
  representativeId: number,
): Promise<ProducedFile> {
  const person = await recipientOf(ctx.db, representativeId);
  if (!person) throw notFound('Personne');
  const { name } = await associationIdentity(ctx.db);
  const from = addDays(todayIso(ctx), -365);
  const meetings = await calendarRepo.personCalendar(ctx.db, representativeId, from, EXPORT_LIMIT);
  const who = `${person.firstName} ${person.lastName}`;
  return calendarFile(`Calendrier ${fileNamePart(who, 60)}`, `Réunions de ${who} (${name})`, meetings);
}
