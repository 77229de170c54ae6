/**
 * Compte rendu d'activité: the reports back of one representative, or on one instance, over a
 * year, for the association's general assembly. Confidential reports never reach this module:
 * the caller counts them and the document says how many were left out, at the bottom.
 * Built on the relevé annuel's page furniture (letterhead, headings, tables, numbered pages).
 */
import type { Doc } from './pdf-document';
import { finish, newDocument } from './pdf-document';
import type { AssociationIdentity, PersonName } from './types';
import { formatDate, fullName } from './format';
import { bottomLimit, COLOR, contentBox, flowText, text, textHeight } from './layout';
import { associationName, letterhead, sectionHeading, title } from './letterhead';
import { type Column, table } from './table';
import { continuationPage, renderRecords } from './pages';
import { plural } from '../../shared/rules/plural';
import type { DocumentBatch } from './index';

export interface ActivityFollowUp {
  description: string;
  ownerName: string | null;
  dueOn: string | null;
  doneOn: string | null;
  /** « Fait », « En retard »… (shared/reports/report-rules.ts). */
  stateLabel: string;
}

export interface ActivityEntry {
  date: string;
  /** The instance's name or the action's title. */
  meetingLabel: string;
  kind: 'reunion' | 'seance';
  /** Who reported back (shown when the document is about an instance). */
  personName: string;
  pointsRaised: string | null;
  positionsTaken: string | null;
  followUps: ActivityFollowUp[];
}

export interface ActivityReport {
  year: number;
  scope:
    { kind: 'person'; person: PersonName } | { kind: 'instance'; name: string; organisation: string | null };
  issuedOn: string;
  entries: ActivityEntry[];
  /** Sentence saying how many confidential reports were left out, or null. */
  confidentialNote: string | null;
}

const scopeName = (r: ActivityReport): string =>
  r.scope.kind === 'person' ? fullName(r.scope.person) : r.scope.name;

const followUpCount = (r: ActivityReport) => r.entries.reduce((n, e) => n + e.followUps.length, 0);
const doneCount = (r: ActivityReport) =>
  r.entries.reduce((n, e) => n + e.followUps.filter((f) => f.doneOn !== null).length, 0);

function summary(r: ActivityReport): string {
  const meetings = plural(r.entries.length, 'compte rendu', 'comptes rendus');
  const follow = followUpCount(r);
  if (follow === 0) return `${meetings} sur l’année, sans suivi.`;
  return `${meetings} sur l’année, ${plural(follow, 'suivi', 'suivis')} dont ${plural(doneCount(r), 'fait', 'faits')}.`;
}

function entryHeading(r: ActivityReport, e: ActivityEntry): string {
  const what = e.kind === 'seance' ? `${e.meetingLabel} (séance)` : e.meetingLabel;
  return r.scope.kind === 'instance'
    ? `${formatDate(e.date)} — ${e.personName}`
    : `${formatDate(e.date)} — ${what}`;
}

function paragraph(doc: Doc, label: string, value: string, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  if (y + 28 > bottomLimit(doc)) y = newPage();
  y = text(doc, label, x, y, width, { font: 'bold', size: 9, color: COLOR.muted }) + 1;
  return flowText(doc, value, x, y, width, { size: 9.5 }, newPage) + 6;
}

function drawEntry(doc: Doc, r: ActivityReport, e: ActivityEntry, y: number, newPage: () => number): number {
  const { x, width } = contentBox(doc);
  const heading = entryHeading(r, e);
  // A heading never stays alone at the bottom of a page.
  if (y + textHeight(doc, heading, width, { font: 'bold', size: 10.5 }) + 40 > bottomLimit(doc))
    y = newPage();
  y = text(doc, heading, x, y, width, { font: 'bold', size: 10.5, color: COLOR.ink }) + 4;
  if (e.pointsRaised) y = paragraph(doc, 'Points soulevés', e.pointsRaised, y, newPage);
  if (e.positionsTaken) y = paragraph(doc, 'Positions prises', e.positionsTaken, y, newPage);
  if (e.followUps.length > 0) {
    const columns: Column[] = [
      { header: 'Suivi', width: width - 285 },
      { header: 'Responsable', width: 110 },
      { header: 'Échéance', width: 62 },
      { header: 'État', width: 113 },
    ];
    const rows = e.followUps.map((f) => [
      f.description,
      f.ownerName ?? '',
      formatDate(f.dueOn),
      f.doneOn ? `Fait le ${formatDate(f.doneOn)}` : f.stateLabel,
    ]);
    y = table(doc, { columns, rows, x, y: y + 2, newPage, size: 8.5 }) + 4;
  }
  return y + 12;
}

function drawReport(doc: Doc, association: AssociationIdentity, r: ActivityReport): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, { aside: [`Année ${r.year}`, `Édité le ${formatDate(r.issuedOn)}`] });
  y = title(
    doc,
    `COMPTE RENDU D’ACTIVITÉ ${r.year}`,
    y + 2,
    'Comptes rendus de mandat — points soulevés, positions prises et suivis',
  );
  y = text(doc, scopeName(r), x, y, width, { font: 'bold', size: 12 });
  if (r.scope.kind === 'instance' && r.scope.organisation)
    y = text(doc, r.scope.organisation, x, y + 1, width, { size: 9.5, color: COLOR.muted });
  y = text(doc, summary(r), x, y + 4, width, { size: 9.5, color: COLOR.muted }) + 12;

  const newPage = () => continuationPage(doc, `Compte rendu d’activité ${r.year} — ${scopeName(r)}`);
  y = sectionHeading(
    doc,
    r.scope.kind === 'person' ? 'Réunions et séances' : 'Comptes rendus des représentants',
    x,
    y,
    width,
  );
  if (r.entries.length === 0) {
    y =
      text(doc, 'Aucun compte rendu à présenter sur l’année.', x, y, width, {
        size: 9.5,
        color: COLOR.muted,
      }) + 14;
  }
  for (const e of r.entries) y = drawEntry(doc, r, e, y, newPage);

  if (r.confidentialNote) {
    if (y + 24 > bottomLimit(doc)) y = newPage();
    text(doc, r.confidentialNote, x, y + 4, width, { size: 9, color: COLOR.muted });
  }
}

/** Comptes rendus d'activité drawn a few at a time into one document (a batch job reports between groups). */
export function activityReportsDocument(association: AssociationIdentity): DocumentBatch<ActivityReport> {
  const doc = newDocument({
    title: 'Comptes rendus d’activité',
    author: associationName(association),
    bufferPages: true,
  });
  let count = 0;
  let first: ActivityReport | undefined;
  return {
    add: (reports) => {
      renderRecords(
        doc,
        reports,
        (r) => drawReport(doc, association, r),
        (r) => `Compte rendu d’activité ${r.year} — ${scopeName(r)} — ${associationName(association)}`,
      );
      count += reports.length;
      first ??= reports[0];
    },
    finish: () => {
      if (count === 0 || !first) throw new Error('aucun document à générer : comptes rendus d’activité');
      const value =
        count === 1
          ? `Compte rendu d’activité ${first.year} — ${scopeName(first)}`
          : `Comptes rendus d’activité (${count})`;
      doc.info.Title = value;
      doc.info.Subject = value;
      return finish(doc);
    },
  };
}

export function renderActivityReports(
  association: AssociationIdentity,
  reports: readonly ActivityReport[],
): Buffer {
  const batch = activityReportsDocument(association);
  batch.add(reports);
  return batch.finish();
}
