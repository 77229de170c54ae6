import { readFileSync } from 'node:fs';
import { createTestApp, type TestApp } from '../../helpers/context';
import { parsed, startTestSmtp, testCertificate, type TestSmtp } from '../../helpers/smtp-server';
import { dispatch } from '../../../electron/ipc/dispatch';
import { attendanceRowInput, meetingInput } from '../../../shared/meetings/schemas';
import { createMeeting } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import { issueAttestation } from '../../../electron/attestations/attestations';
import { givenCdu } from '../meetings/fixtures';
import { frenchSpacing } from '../../../shared/rules/french-spacing';
import type { MailAccount } from '../../../shared/mail/settings';

const tls = testCertificate();
if (!tls)
  console.log('Tests d’envoi ignorés : openssl est absent, aucun certificat de test ne peut être fait.');
const describeSmtp = tls ? describe : describe.skip;

let app: TestApp;
let smtp: TestSmtp;
beforeEach(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
});
afterEach(async () => {
  await app.close();
  await smtp?.close();
});

const account = (port: number, ca: string | null, security: 'tls' | 'starttls' = 'tls'): MailAccount => ({
  host: 'localhost',
  port,
  security,
  user: 'asso@exemple.fr',
  fromName: 'Collectif des usagers',
  fromAddress: 'asso@exemple.fr',
  replyTo: 'secretariat@exemple.fr',
  caCertificate: ca,
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(app.ctx, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
async function failure(channel: string, input: unknown) {
  const result = await dispatch(app.ctx, channel, input);
  if (result.ok) throw new Error(`${channel} aurait dû échouer`);
  return result.error;
}

async function setEmail(id: number, email: string | null) {
  await app.ctx.db.updateTable('representative').set({ email }).where('id', '=', id).execute();
}

async function heldMeeting(instanceId: number, date: string, people: number[]) {
  const m = await createMeeting(
    app.ctx,
    meetingInput.parse({
      instanceId,
      date,
      startTime: '14:00',
      endTime: '16:30',
      mode: 'sur_place',
      place: 'Salle du conseil',
    }),
  );
  await saveAttendance(app.ctx, {
    meetingId: m.id,
    rows: people.map((id) => attendanceRowInput.parse({ representativeId: id, status: 'present' })),
  });
  return m;
}

describe('the mail settings', () => {
  it('asks for the password once, keeps it out of the database, and says where it is kept', async () => {
    const refused = await failure('mail:saveAccount', { account: account(465, null) });
    expect(refused.fieldErrors?.password).toBe('Indiquez le mot de passe du compte');
    const view = await call<{ passwordSet: boolean; passwordKept: string }>('mail:saveAccount', {
      account: account(465, null),
      password: 'secret-très-secret',
    });
    expect(view).toMatchObject({ passwordSet: true, passwordKept: 'session' });
    const stored = await app.ctx.db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', 'mail')
      .executeTakeFirstOrThrow();
    expect(stored.value).not.toContain('secret-très-secret');
    const log = await app.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'mail.account')
      .execute();
    expect(JSON.stringify(log)).not.toContain('secret-très-secret');
    // Saving again without a password keeps the one kept.
    await call('mail:saveAccount', { account: { ...account(587, null), security: 'starttls' } });
    expect((await call<{ passwordSet: boolean }>('mail:settings', {})).passwordSet).toBe(true);
  });

  it('refuses a server name, a port or an address that cannot be right, in French, field by field', async () => {
    const error = await failure('mail:saveAccount', {
      account: { ...account(70000, null), host: 'smtp exemple.fr', fromAddress: 'pas-une-adresse' },
      password: 'x',
    });
    expect(error.fieldErrors).toMatchObject({
      'account.host': expect.stringContaining('lettres, des chiffres'),
      'account.port': 'Le port va de 1 à 65 535',
      'account.fromAddress': expect.stringContaining('Adresse de l’expéditeur invalide'),
    });
  });

  it('refuses a message naming a placeholder its document does not have', async () => {
    const view = await call<{ templates: Record<string, { subject: string; body: string }> }>(
      'mail:settings',
      {},
    );
    const error = await failure('mail:saveTemplates', {
      ...view.templates,
      releve: { subject: 'Relevé {annee}', body: 'Bonjour {prenom}, votre note {montant}' },
    });
    expect(error.fieldErrors?.['releve.body']).toBe(
      '« {montant} » n’est pas connu ici ; vous pouvez utiliser : {prenom}, {nom}, {civilite}, {association}, {signature}, {annee}',
    );
  });

  it('says what to set up before sending anything', async () => {
    const error = await failure('mail:test', { to: 'moi@exemple.fr' });
    expect(error.message).toContain('Paramètres › Envoi des documents');
  });
});

describeSmtp('sending through the association’s account (local TLS server)', () => {
  const cert = tls ?? { key: '', cert: '' };

  it('sends the test message over TLS with the CA of the settings', async () => {
    smtp = await startTestSmtp(cert);
    await call('mail:saveAccount', { account: account(smtp.port, smtp.ca), password: 'bon-mot-de-passe' });
    await call('mail:test', { to: 'moi@exemple.fr' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(['moi@exemple.fr']);
    expect(smtp.received[0]?.raw).toContain('Porte-voix');
  });

  it('says in French what is wrong: the password, the certificate, a closed port', async () => {
    smtp = await startTestSmtp(cert);
    await call('mail:saveAccount', { account: account(smtp.port, smtp.ca), password: 'mauvais' });
    expect((await failure('mail:test', { to: 'moi@exemple.fr' })).message).toContain(
      'refusé l’identifiant ou le mot de passe',
    );
    await call('mail:saveAccount', { account: account(smtp.port, null), password: 'bon-mot-de-passe' });
    expect((await failure('mail:test', { to: 'moi@exemple.fr' })).message).toContain(
      'certificat du serveur localhost n’est pas reconnu',
    );
    const closed = smtp.port;
    await smtp.close();
    await call('mail:saveAccount', { account: account(closed, smtp.ca), password: 'bon-mot-de-passe' });
    expect((await failure('mail:test', { to: 'moi@exemple.fr' })).message).toContain('refuse la connexion');
    expect(smtp.received).toHaveLength(0);
  });

  it('sends one attestation with its PDF, and writes it on the person’s history', async () => {
    smtp = await startTestSmtp(cert);
    await call('mail:saveAccount', { account: account(smtp.port, smtp.ca), password: 'bon-mot-de-passe' });
    const f = await givenCdu(app.ctx);
    await setEmail(f.alice, 'alice@exemple.fr');
    const m = await heldMeeting(f.instanceId, '2026-11-12', [f.alice]);
    const attestation = await issueAttestation(app.ctx, { meetingId: m.id, representativeId: f.alice });
    const attestationId = (
      await app.ctx.db
        .selectFrom('attestation')
        .select('id')
        .where('reference', '=', attestation.reference)
        .executeTakeFirstOrThrow()
    ).id;
    const outcome = await call('mail:send', { kind: 'attestation', id: attestationId });
    expect(outcome).toMatchObject({ status: 'envoye', to: 'alice@exemple.fr', personName: 'Alice Martin' });
    const mail = await parsed(smtp.received[0]);
    expect(mail.subject).toBe('Attestation de présence du 12/11/2026');
    expect(mail.text).toContain('Bonjour Alice,');
    expect(mail.text).toContain(
      frenchSpacing(`présence ${attestation.reference} pour la réunion « CDU du CHU de Rennes »`),
    );
    expect(mail.replyTo?.text).toBe('secretariat@exemple.fr');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`Attestation ${attestation.reference}.pdf`, 'application/pdf'],
    ]);
    expect(mail.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');
    const history = await app.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity', '=', 'representative')
      .where('entity_id', '=', f.alice)
      .where('action', '=', 'document.envoye')
      .execute();
    expect(JSON.parse(history[0]?.details ?? '{}')).toEqual({
      document: 'Attestation de présence',
      reference: attestation.reference,
      to: 'alice@exemple.fr',
    });
  });

  it('sends the relevés of a year one by one: sent, without an address (to print), refused by the server', async () => {
    smtp = await startTestSmtp(cert);
    await call('mail:saveAccount', { account: account(smtp.port, smtp.ca), password: 'bon-mot-de-passe' });
    const f = await givenCdu(app.ctx);
    await setEmail(f.alice, 'alice@exemple.fr');
    await setEmail(f.bruno, null);
    await setEmail(f.chloe, 'refuse.chloe@exemple.fr');
    await heldMeeting(f.instanceId, '2026-03-12', [f.alice, f.bruno, f.chloe]);
    const result = await call<{
      counts: Record<string, number>;
      lines: Array<{ personName: string; status: string }>;
    }>('mail:sendReleves', { year: 2026 });
    expect(result.counts).toEqual({ envoye: 1, sans_adresse: 1, refuse: 1 });
    expect(result.lines.map((l) => [l.personName, l.status])).toEqual([
      ['Chloé Dupont', 'refuse'],
      ['Bruno Le Gall', 'sans_adresse'],
      ['Alice Martin', 'envoye'],
    ]);
    expect(smtp.received.map((m) => m.to)).toEqual([['alice@exemple.fr']]);
    const mail = await parsed(smtp.received[0]);
    expect(mail.subject).toBe('Votre relevé de participation 2026');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Releve participation 2026 Martin-Alice.pdf']);
  });

  it('convenes a meeting with an invitation for the calendar, at the French time', async () => {
    smtp = await startTestSmtp(cert);
    await call('mail:saveAccount', { account: account(smtp.port, smtp.ca), password: 'bon-mot-de-passe' });
    const f = await givenCdu(app.ctx);
    await setEmail(f.alice, 'alice@exemple.fr');
    await setEmail(f.bruno, 'bruno@exemple.fr');
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId: f.instanceId,
        date: '2026-12-10',
        startTime: '14:00',
        endTime: '16:30',
        mode: 'sur_place',
        place: 'Salle du conseil',
      }),
    );
    const result = await call<{ counts: Record<string, number> }>('mail:convocation', { meetingId: m.id });
    // Alice, Bruno, and Chloé (suppléante, no address): Denis's mandate ended before.
    expect(result.counts).toEqual({ envoye: 2, sans_adresse: 1, refuse: 0 });
    const mail = await parsed(smtp.received[0]);
    expect(mail.subject).toBe(frenchSpacing('Réunion « CDU du CHU de Rennes » le 10/12/2026'));
    // The hours keep their non-breaking spaces (« 14 h 00 »).
    expect(mail.text).toMatch(/le 10\/12\/2026 de 14\sh\s00 à 16\sh\s30\.\nLieu\s: Salle du conseil\./);
    const invitation = mail.attachments.find((a) => a.filename === 'invitation.ics');
    const ics = invitation?.content.toString('utf8') ?? '';
    // 14:00 in Paris in December is 13:00 UTC.
    expect(ics).toContain('DTSTART:20261210T130000Z');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:reunion-');
  });
});

describe('calendar exports', () => {
  it('gives a person’s meetings, cancelled ones marked, summer time respected', async () => {
    const f = await givenCdu(app.ctx);
    await heldMeeting(f.instanceId, '2026-06-15', [f.alice]);
    const file = await call<{ fileId: string; fileName: string }>('calendar:person', { id: f.alice });
    expect(file.fileName).toBe('Calendrier Alice-Martin.ics');
    const entry = await app.ctx.outbox?.get(file.fileId);
    const text = entry ? readFileSync(entry.path, 'utf8') : '';
    expect(text).toContain('BEGIN:VCALENDAR');
    // 14:00 in Paris in June is 12:00 UTC.
    expect(text).toContain('DTSTART:20260615T120000Z');
    expect(text).toContain('SUMMARY:CDU du CHU de Rennes');
  });
});
