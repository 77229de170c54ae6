/**
 * Sending documents to their people: one, the relevés of a year (a batch job with progress and
 * a way to cancel), or a meeting's convocation with its calendar invitation. Each e-mail sent is
 * written on the person's history; a person without an address is listed, to print instead.
 */
import { logAction } from '../../db/audit';
import { activeRepresentativeIds } from '../../db/attestations/attestations';
import { recipientOf, recipientsOf, type Recipient } from '../../db/mail/recipients';
import { mandatesOn } from '../../db/meetings/register-reads';
import { getMeeting } from '../../db/meetings/meetings';
import type { MailDocumentInput } from '../../shared/mail/schemas';
import type { MailTemplates } from '../../shared/mail/settings';
import { fillTemplate, mailKindLabels, type MailKind, type Placeholder } from '../../shared/mail/templates';
import type { MailBatchResult, MailOutcome, MailOutcomeStatus } from '../../shared/mail/types';
import { frenchDate } from '../../shared/rules/dates';
import { formatClockTime } from '../../shared/rules/format-fr';
import { personName } from '../../shared/rules/person-name';
import { frenchSpacing } from '../../shared/rules/french-spacing';
import { associationIdentity } from '../association/identity';
import { AppError, notFound } from '../errors';
import { batchSteps, type JobControl } from '../jobs/job-control';
import { isoNow, type ServiceContext } from '../service-context';
import { meetingInvitation } from './calendar';
import { mailDocument, releveDocument, type MailDocument } from './mail-documents';
import { readMailSettings, readyAccount } from './mail-settings';
import { MailError, mailSender, type MailSender, type OutgoingMail } from './transport';

const civilityWord = (civility: string): string =>
  civility === 'Mme' ? 'Madame' : civility === 'M.' ? 'Monsieur' : '';

interface Letter {
  templates: MailTemplates;
  associationName: string;
}

function compose(
  letter: Letter,
  kind: MailKind,
  person: Recipient,
  values: Partial<Record<Placeholder, string>>,
): { subject: string; text: string } {
  const all: Partial<Record<Placeholder, string>> = {
    prenom: person.firstName,
    nom: personName(person.firstName, person.lastName),
    civilite: civilityWord(person.civility),
    association: letter.associationName,
    signature: letter.associationName,
    ...values,
  };
  const template = letter.templates[kind];
  // The messages are typed with plain spaces: the sent text gets French spacing (« Lieu : … »).
  return {
    subject: frenchSpacing(fillTemplate(template.subject, all)),
    text: frenchSpacing(fillTemplate(template.body, all)),
  };
}

async function letterOf(ctx: ServiceContext): Promise<Letter> {
  const [settings, association] = await Promise.all([readMailSettings(ctx), associationIdentity(ctx.db)]);
  return { templates: settings.templates, associationName: association.name };
}

/** Writes the sending on the person's history. */
async function recordSent(
  ctx: ServiceContext,
  person: Recipient,
  kind: MailKind,
  reference: string,
  to: string,
) {
  await logAction(ctx.db, {
    at: isoNow(ctx),
    actor: ctx.actor,
    action: 'document.envoye',
    entity: 'representative',
    entityId: person.id,
    details: { document: mailKindLabels[kind], reference, to },
  });
}

/** Sends one e-mail and says what became of it; a refusal of this address does not stop a batch. */
async function deliver(
  ctx: ServiceContext,
  sender: MailSender,
  person: Recipient,
  mail: Omit<OutgoingMail, 'to'>,
  history: { kind: MailKind; reference: string },
): Promise<MailOutcome> {
  const base = { representativeId: person.id, personName: personName(person.firstName, person.lastName) };
  if (!person.email) return { ...base, status: 'sans_adresse', to: null, message: null };
  try {
    await sender.send({ ...mail, to: person.email });
  } catch (error) {
    // A refused address is this person's outcome; a refused account or an unreachable server stops all.
    if (error instanceof MailError && error.recipientRefused)
      return { ...base, status: 'refuse', to: person.email, message: error.message };
    throw error;
  }
  await recordSent(ctx, person, history.kind, history.reference, person.email);
  return { ...base, status: 'envoye', to: person.email, message: null };
}

function attachmentOf(document: MailDocument) {
  return { filename: document.file.fileName, content: document.file.data, contentType: document.file.mime };
}

/** One document to its person. */
export async function sendDocument(ctx: ServiceContext, input: MailDocumentInput): Promise<MailOutcome> {
  const { account, password } = await readyAccount(ctx);
  const document = await mailDocument(ctx, input);
  const person = await recipientOf(ctx.db, document.representativeId);
  if (!person) throw notFound('Personne');
  const letter = await letterOf(ctx);
  const sender = mailSender(account, password);
  try {
    return await deliver(
      ctx,
      sender,
      person,
      { ...compose(letter, document.kind, person, document.values), attachments: [attachmentOf(document)] },
      { kind: document.kind, reference: document.reference },
    );
  } finally {
    sender.close();
  }
}

function batchResult(label: string, lines: MailOutcome[]): MailBatchResult {
  const counts: Record<MailOutcomeStatus, number> = { envoye: 0, sans_adresse: 0, refuse: 0 };
  for (const line of lines) counts[line.status] += 1;
  return { label, counts, lines };
}

/** People whose relevés are read in one go (their PDF is made and sent one at a time). */
const PEOPLE_PER_GROUP = 50;

/** The relevé of the year to every active person who had a mandate, a meeting or a session. */
export async function sendReleves(
  ctx: ServiceContext,
  year: number,
  control?: JobControl,
): Promise<MailBatchResult> {
  const { account, password } = await readyAccount(ctx);
  const letter = await letterOf(ctx);
  const ids = await activeRepresentativeIds(ctx.db);
  const step = batchSteps(control);
  await step(0, ids.length);
  const sender = mailSender(account, password, { pooled: true });
  const lines: MailOutcome[] = [];
  try {
    for (let start = 0; start < ids.length; start += PEOPLE_PER_GROUP) {
      const group = await recipientsOf(ctx.db, ids.slice(start, start + PEOPLE_PER_GROUP));
      for (const [k, person] of group.entries()) {
        // Made for a person without an address too: they are listed, to print instead.
        const document = await releveDocument(ctx, person.id, year);
        if (document) {
          const mail = {
            ...compose(letter, 'releve', person, document.values),
            attachments: [attachmentOf(document)],
          };
          lines.push(
            await deliver(ctx, sender, person, mail, { kind: 'releve', reference: document.reference }),
          );
        }
        await step(start + k + 1, ids.length);
      }
    }
  } finally {
    sender.close();
  }
  if (lines.length === 0)
    throw new AppError('FORBIDDEN_STATE', `Aucune personne active n’a de mandat ni de réunion en ${year}.`);
  return batchResult(`Relevés ${year}`, lines);
}

/** The convocation of a meeting to each person it expects, with the invitation for their calendar. */
export async function sendConvocation(ctx: ServiceContext, meetingId: number): Promise<MailBatchResult> {
  const { account, password } = await readyAccount(ctx);
  const meeting = await getMeeting(ctx.db, meetingId);
  if (!meeting) throw notFound('Réunion');
  if (meeting.cancelled)
    throw new AppError('FORBIDDEN_STATE', 'Cette réunion est annulée : elle ne se convoque plus.');
  const letter = await letterOf(ctx);
  const mandates = await mandatesOn(ctx.db, meeting.instanceId, meeting.date);
  const people = await recipientsOf(ctx.db, [...new Set(mandates.map((m) => m.representativeId))]);
  if (people.length === 0)
    throw new AppError(
      'FORBIDDEN_STATE',
      'Personne n’a de mandat sur cette instance à la date de la réunion.',
    );
  const invitation = meetingInvitation(meeting, letter.associationName, account.fromAddress);
  const subjectOf = meeting.title ? `${meeting.instanceName} — ${meeting.title}` : meeting.instanceName;
  const values: Partial<Record<Placeholder, string>> = {
    date: frenchDate(meeting.date),
    objet: subjectOf,
    heure: `${formatClockTime(meeting.startTime)} à ${formatClockTime(meeting.endTime)}`,
    lieu: meeting.mode === 'distance' ? 'visioconférence' : (meeting.place ?? 'à préciser'),
  };
  const sender = mailSender(account, password, { pooled: true });
  const lines: MailOutcome[] = [];
  try {
    for (const person of people) {
      const mail = {
        ...compose(letter, 'convocation', person, values),
        attachments: [
          {
            filename: 'invitation.ics',
            content: invitation,
            contentType: 'text/calendar; method=REQUEST; charset=utf-8',
          },
        ],
      };
      lines.push(
        await deliver(ctx, sender, person, mail, {
          kind: 'convocation',
          reference: `${subjectOf} du ${values.date}`,
        }),
      );
    }
  } finally {
    sender.close();
  }
  return batchResult(`Convocation ${meeting.instanceName} du ${values.date}`, lines);
}

/** A test message to check the settings, before sending anything to anyone. */
export async function sendTest(ctx: ServiceContext, to: string): Promise<{ to: string }> {
  const { account, password } = await readyAccount(ctx);
  const { name } = await associationIdentity(ctx.db);
  const sender = mailSender(account, password);
  try {
    await sender.send({
      to,
      subject: 'Porte-voix : message d’essai',
      text: `Bonjour,\n\nCe message d’essai confirme que Porte-voix peut envoyer les documents de ${name} depuis le compte ${account.fromAddress}.\n`,
    });
  } finally {
    sender.close();
  }
  return { to };
}
