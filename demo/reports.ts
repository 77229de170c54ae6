/**
 * Demo data of the comptes rendus de mandat: reports back on the latest meetings held, with
 * follow-ups (some done, one late, one due soon), one confidential report and one with the
 * ordre du jour attached; the other recent meetings are left without a report, so that « À faire »
 * shows the reports expected. Built through the services, from the attendance the meetings demo
 * recorded.
 */
import { presentPeople } from '../db/reports/report-meetings';
import { saveReport } from '../electron/reports/reports';
import { attachDocument } from '../electron/reports/report-documents';
import { finish, newDocument } from '../electron/documents/pdf-document';
import { text } from '../electron/documents/layout';
import { todayIso, type ServiceContext } from '../electron/service-context';
import { reportInput, type FollowUpInput } from '../shared/reports/schemas';
import { addDays } from '../shared/rules/dates';

interface Sample {
  points: string;
  positions: string;
  followUps: (today: string, meetingDate: string) => FollowUpInput[];
  confidential?: boolean;
}

const samples: Sample[] = [
  {
    points:
      'Délais d’attente aux urgences : six heures en moyenne le week-end. Deux plaintes d’usagers sur l’accueil de nuit présentées à la commission.',
    positions: 'Demande d’un médiateur présent le week-end ; vote favorable au plan d’action sur l’accueil.',
    followUps: (today) => [
      {
        description: 'Relancer la direction des soins sur le médiateur du week-end',
        dueOn: addDays(today, 10),
      },
      {
        description: 'Transmettre le plan d’action au bureau',
        dueOn: addDays(today, -5),
        ownerText: 'Bureau',
      },
    ],
  },
  {
    points: 'Rapport annuel de la CDU : taux de réponse aux plaintes, délais d’accès au dossier médical.',
    positions: 'Abstention sur le rapport, faute de chiffres sur les délais de communication des dossiers.',
    followUps: (today, meetingDate) => [
      {
        description: 'Obtenir les délais de communication des dossiers médicaux',
        dueOn: addDays(meetingDate, 20),
        // Done by today at the latest: a follow-up is never done in the future.
        doneOn: addDays(meetingDate, 18) > today ? today : addDays(meetingDate, 18),
      },
    ],
  },
  {
    points: 'Situation individuelle d’un patient évoquée en séance (signalement).',
    positions: 'Demande d’une médiation avec la famille.',
    confidential: true,
    followUps: () => [],
  },
  {
    points: 'Projet de maison de santé : place des usagers dans le comité de pilotage.',
    positions: 'Candidature de l’association à un siège d’usager au comité.',
    followUps: (today) => [{ description: 'Envoyer la lettre de candidature', dueOn: addDays(today, 30) }],
  },
];

function agendaPdf(title: string): string {
  const doc = newDocument({ title: `Ordre du jour — ${title}`, author: 'Porte-voix (démonstration)' });
  doc.addPage();
  let y = text(doc, `Ordre du jour — ${title}`, 50, 60, 495, { font: 'bold', size: 14 });
  for (const line of [
    '1. Approbation du compte rendu de la séance précédente',
    '2. Plaintes et réclamations du trimestre',
    '3. Questions diverses',
  ])
    y = text(doc, line, 50, y + 8, 495);
  return finish(doc).toString('base64');
}

export async function loadReportsDemo(ctx: ServiceContext): Promise<void> {
  const today = todayIso(ctx);
  // The latest meetings held, more than two weeks ago, each with people present.
  const meetings = await ctx.db
    .selectFrom('meeting')
    .select(['id', 'date'])
    .where('date', '<=', addDays(today, -16))
    .where('cancelled_at', 'is', null)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .limit(12)
    .execute();
  let written = 0;
  let attached = false;
  for (const [index, meeting] of meetings.entries()) {
    // Every third meeting keeps its reports expected in « À faire ».
    if (index % 3 === 2) continue;
    const people = await presentPeople(ctx.db, meeting.id);
    const person = people[0];
    if (!person) continue;
    const sample = samples[written % samples.length];
    if (!sample) continue;
    const report = await saveReport(
      ctx,
      reportInput.parse({
        meetingId: meeting.id,
        representativeId: person.id,
        pointsRaised: sample.points,
        positionsTaken: sample.positions,
        confidential: sample.confidential ?? false,
        writtenOn: addDays(meeting.date, 3),
        followUps: sample.followUps(today, meeting.date),
      }),
    );
    if (!attached && !report.confidential) {
      await attachDocument(ctx, {
        reportId: report.id,
        kind: 'ordre_du_jour',
        fileName: 'Ordre du jour.pdf',
        dataBase64: agendaPdf(report.meeting.label),
      });
      attached = true;
    }
    written += 1;
  }
}
