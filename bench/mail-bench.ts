/**
 * Sending the relevés of a year by e-mail: 300 people, each their own PDF, through the service
 * (queries, PDF, message, SMTP over TLS to a local server), against its floor: the same 300
 * relevés drawn into one PDF without sending. Run alone: npx tsx bench/mail-bench.ts
 */
import { openDatabase } from '../db/connection';
import { allParticipationRecordsFile } from '../electron/attestations/participation-records';
import { saveMailAccount } from '../electron/mail/mail-settings';
import { sendReleves } from '../electron/mail/send';
import type { ServiceContext } from '../electron/service-context';
import { startTestSmtp, testCertificate } from '../test/helpers/smtp-server';
import { atMost, compare, type BenchRow } from './measure';
import { printRows } from './print';

const PEOPLE = 300;
const MEMBERS = 6;
const YEAR = 2026;
const at = '2026-11-20T10:00:00.000Z';
const pad = (n: number) => String(n).padStart(2, '0');

/** 300 people with an address, six per CDU, each at the twelve meetings of their CDU. */
async function seed(ctx: ServiceContext): Promise<void> {
  const db = ctx.db;
  await db
    .insertInto('association')
    .values({
      id: 1,
      name: 'Collectif des usagers d’Ille-et-Vilaine',
      address_line: '12 rue de Saint-Malo',
      postal_code: '35000',
      city: 'Rennes',
      rna: 'W353012345',
      objet: 'Représenter les usagers.',
      organism_type: 'Association loi 1901',
      president: 'Hélène Dubois-Martin',
      treasurer: 'Bernard Hamon',
      document_place: 'Rennes',
      updated_at: at,
    })
    .execute();
  const org = await db
    .insertInto('organisation')
    .values({ name: 'CHU de Rennes', kind: 'etablissement', created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const type = await db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', 'CDU')
    .executeTakeFirstOrThrow();
  for (let k = 0; k < PEOPLE / MEMBERS; k++) {
    const instance = await db
      .insertInto('instance')
      .values({
        organisation_id: org.id,
        type_id: type.id,
        name: `CDU ${k + 1}`,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members: number[] = [];
    for (let m = 0; m < MEMBERS; m++) {
      const i = k * MEMBERS + m;
      const person = await db
        .insertInto('representative')
        .values({
          civility: i % 2 ? 'M.' : 'Mme',
          first_name: i % 2 ? 'Loïc' : 'Maëlle',
          last_name: `Guérin-${i}`,
          email: `personne${i}@exemple.fr`,
          search_text: `guerin-${i}`,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('mandate')
        .values({
          representative_id: person.id,
          instance_id: instance.id,
          role: 'titulaire',
          start_date: `${YEAR - 1}-01-01`,
          end_date: `${YEAR + 2}-12-31`,
          created_at: at,
          updated_at: at,
        })
        .execute();
      members.push(person.id);
    }
    for (let n = 0; n < 12; n++) {
      const meeting = await db
        .insertInto('meeting')
        .values({
          instance_id: instance.id,
          date: `${YEAR}-${pad(1 + n)}-${pad(3 + (k % 25))}`,
          start_time: '14:00',
          end_time: '16:30',
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('attendance')
        .values(
          members.map((id) => ({
            meeting_id: meeting.id,
            representative_id: id,
            status: 'present' as const,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
    }
  }
}

export async function runMailBench(): Promise<BenchRow[]> {
  const tls = testCertificate();
  if (!tls) {
    console.log('mail bench skipped: openssl is missing, no certificate for the local SMTP server');
    return [];
  }
  const smtp = await startTestSmtp(tls);
  const database = await openDatabase(':memory:');
  const ctx: ServiceContext = {
    db: database.db,
    now: () => new Date(at),
    actor: 'bench',
    databaseFile: ':memory:',
    mode: 'navigateur',
    appVersion: 'bench',
    filesDir: null,
  };
  try {
    await seed(ctx);
    await saveMailAccount(ctx, {
      account: {
        host: 'localhost',
        port: smtp.port,
        security: 'tls',
        user: 'asso@exemple.fr',
        fromName: 'Collectif',
        fromAddress: 'asso@exemple.fr',
        replyTo: null,
        caCertificate: smtp.ca,
      },
      password: 'bon-mot-de-passe',
    });
    let sent = 0;
    return [
      await compare(
        `Relevés of ${PEOPLE} people sent by e-mail, one PDF each (queries, PDF, SMTP over TLS to a local server)`,
        async () => {
          sent = (await sendReleves(ctx, YEAR)).counts.envoye;
          if (sent !== PEOPLE) throw new Error(`${sent} e-mails sent instead of ${PEOPLE}`);
        },
        () => allParticipationRecordsFile(ctx, YEAR),
        {
          runs: 3,
          warmup: 0,
          floorLabel: 'the same 300 relevés in one PDF, not sent',
          target: atMost('median', 30_000),
        },
      ),
    ];
  } finally {
    await database.close();
    await smtp.close();
  }
}

if (/mail-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runMailBench().then(printRows);
}
