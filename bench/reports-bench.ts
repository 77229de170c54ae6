/**
 * Comptes rendus de mandat: the yearly compte rendu d'activité of 300 people in one batch (each
 * with a dozen meetings reported on, their follow-ups, some confidential), queries and PDF,
 * against its floor: the same SQL replayed with better-sqlite3, plus plain pdfkit writing the
 * same texts. Run alone: npx tsx bench/reports-bench.ts
 */
import PDFDocument from 'pdfkit';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../db/connection';
import type { ServiceContext } from '../electron/service-context';
import { allActivityFile, personActivityReports } from '../electron/reports/activity';
import type { ActivityReport } from '../electron/documents/activity-report';
import { formatDate } from '../electron/documents/format';
import { mulberry32 } from './dataset';
import { atMost, compare, type BenchRow } from './measure';
import { printRows } from './print';
import { recordSql, SQL_FLOOR } from './sql-floor';

const PEOPLE = 300;
const MEMBERS = 6;
const INSTANCES = PEOPLE / MEMBERS;
const MEETINGS_PER_YEAR = 12;
const YEAR = 2026;
const at = '2026-11-20T10:00:00.000Z';
const pad = (n: number) => String(n).padStart(2, '0');

const FONTS = path.join(__dirname, '..', 'electron', 'documents', 'fonts');
const regular = fs.readFileSync(path.join(FONTS, 'LiberationSans-Regular.ttf'));
const bold = fs.readFileSync(path.join(FONTS, 'LiberationSans-Bold.ttf'));

const points = [
  'Délais d’attente aux urgences, six heures en moyenne le week-end ; deux plaintes sur l’accueil de nuit.',
  'Rapport annuel : taux de réponse aux plaintes et délais de communication des dossiers médicaux.',
  'Projet de maison de santé : place des usagers au comité de pilotage.',
];

/** Bulk rows written with the query builder: the services would take minutes for 3,600 reports. */
async function seed(ctx: ServiceContext): Promise<void> {
  const random = mulberry32(11);
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
  for (let i = 0; i < PEOPLE; i++) {
    const last = `Guérin-${i}`;
    await db
      .insertInto('representative')
      .values({
        civility: i % 2 ? 'M.' : 'Mme',
        first_name: i % 2 ? 'Loïc' : 'Maëlle',
        last_name: last,
        search_text: `guerin-${i} ${i % 2 ? 'loic' : 'maelle'}`,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  const org = await db
    .insertInto('organisation')
    .values({ name: 'CHU de Rennes', kind: 'etablissement', city: 'Rennes', created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const type = await db
    .selectFrom('instance_type')
    .select('id')
    .where('code', '=', 'CDU')
    .executeTakeFirstOrThrow();
  for (let k = 0; k < INSTANCES; k++) {
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
    const members = Array.from({ length: MEMBERS }, (_, m) => k * MEMBERS + m + 1);
    for (let n = 0; n < MEETINGS_PER_YEAR; n++) {
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
          members.map((person) => ({
            meeting_id: meeting.id,
            representative_id: person,
            non_mandated: 1,
            status: 'present' as const,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      for (const person of members) {
        const report = await db
          .insertInto('mandate_report')
          .values({
            meeting_id: meeting.id,
            representative_id: person,
            points_raised: points[(person + n) % points.length] ?? null,
            positions_taken: 'Vote favorable, avec une demande de suivi trimestriel.',
            confidential: random() < 0.08 ? 1 : 0,
            written_on: `${YEAR}-${pad(1 + n)}-28`,
            author: 'bench',
            search_text: '',
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const followUps = Math.floor(random() * 3);
        for (let f = 0; f < followUps; f++)
          await db
            .insertInto('report_follow_up')
            .values({
              report_id: report.id,
              description: f === 0 ? 'Relancer la direction des soins' : 'Présenter au bureau',
              due_on: `${YEAR}-${pad(Math.min(12, 2 + n))}-15`,
              owner_text: 'Bureau',
              done_on: random() < 0.5 ? `${YEAR}-${pad(Math.min(12, 2 + n))}-10` : null,
              created_at: at,
              updated_at: at,
            })
            .execute();
      }
    }
  }
}

/** The same documents' texts written with plain pdfkit: its own layout, no page numbers. */
function plainPdfkit(reports: readonly ActivityReport[]): Buffer {
  const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: false, lang: 'fr-FR' });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  for (const r of reports) {
    doc.addPage();
    doc
      .font('bold')
      .fontSize(16)
      .fillColor('#1f4e79')
      .text(`COMPTE RENDU D’ACTIVITÉ ${r.year}`, { align: 'center' });
    if (r.scope.kind === 'person')
      doc
        .moveDown()
        .fontSize(12)
        .fillColor('#1b1f24')
        .text(`${r.scope.person.firstName} ${r.scope.person.lastName}`);
    for (const e of r.entries) {
      doc
        .moveDown()
        .font('bold')
        .fontSize(10.5)
        .text(`${formatDate(e.date)} — ${e.meetingLabel}`);
      if (e.pointsRaised) doc.font('regular').fontSize(9.5).text(e.pointsRaised);
      if (e.positionsTaken) doc.text(e.positionsTaken);
      for (const f of e.followUps)
        doc
          .fontSize(8.5)
          .text(`${f.description} — ${f.ownerName ?? ''} — ${formatDate(f.dueOn)} — ${f.stateLabel}`);
    }
    if (r.confidentialNote) doc.moveDown().fontSize(9).text(r.confidentialNote);
  }
  doc.end();
  return Buffer.concat(chunks);
}

export async function runReportsBench(): Promise<BenchRow[]> {
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
    let count = 0;
    const subject = async () => {
      count = (await allActivityFile(ctx, YEAR)).count;
    };
    const recorded = await recordSql(subject);
    const ids = Array.from({ length: PEOPLE }, (_, i) => i + 1);
    const data = await personActivityReports(ctx, ids, YEAR);
    const floor = () => {
      recorded.replay();
      plainPdfkit(data);
    };
    const n = await sql<{ r: number; f: number }>`select (select count(*) from mandate_report) as r,
      (select count(*) from report_follow_up) as f`.execute(ctx.db);
    const figures = n.rows[0];
    return [
      await compare(
        `Compte rendu d’activité of ${count} people in one batch, ${Number(figures?.r ?? 0).toLocaleString('en-US')} reports, ${Number(figures?.f ?? 0).toLocaleString('en-US')} follow-ups (queries, PDF)`,
        subject,
        floor,
        {
          runs: 7,
          warmup: 1,
          floorLabel: `${SQL_FLOOR} + plain pdfkit`,
          target: atMost('median', 1000),
        },
      ),
    ];
  } finally {
    await database.close();
  }
}

if (/reports-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runReportsBench().then(printRows);
}
