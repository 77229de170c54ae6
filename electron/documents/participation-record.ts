/**
 * Relevé annuel de participation: one representative's year (mandates, meetings, hours,
 * congé de représentation used). Batches put each person on new pages, numbered per person.
 */
import type { Doc } from './pdf-document';
import type { AssociationIdentity, AttendanceMode, ParticipationRecord } from './types';
import {
  formatDate,
  formatDuration,
  formatEuros,
  formatHalfDays,
  formatNumber,
  formatTimeRange,
  fullName,
  postalLines,
  signatoryTitle,
} from './format';
import { plural } from '../../shared/rules/plural';
import { bottomLimit, COLOR, contentBox, text } from './layout';
import { associationName, letterhead, sectionHeading, title } from './letterhead';
import { signatureBlock, signatureBlockHeight } from './blocks';
import { type Column, table } from './table';
import { continuationPage, renderRecords } from './pages';

const MODE_LABEL: Record<AttendanceMode, string> = {
  sur_place: 'Sur place',
  distance: 'À distance',
  remplacant: 'En remplacement',
};

interface Figure {
  label: string;
  value: string;
  detail?: string;
}

/** The four figures funders and employers ask for first, as tiles across the page. */
function figures(doc: Doc, items: Figure[], y: number): number {
  const { x, width } = contentBox(doc);
  const gap = 10;
  const w = (width - gap * (items.length - 1)) / items.length;
  const h = 54;
  items.forEach((item, i) => {
    const fx = x + i * (w + gap);
    doc.save().roundedRect(fx, y, w, h, 3).lineWidth(0.6).fillAndStroke(COLOR.fill, COLOR.rule).restore();
    text(doc, item.label, fx + 8, y + 6, w - 16, { size: 7.5, color: COLOR.muted });
    text(doc, item.value, fx + 8, y + 18, w - 16, { font: 'bold', size: 14, color: COLOR.accent });
    if (item.detail) text(doc, item.detail, fx + 8, y + 38, w - 16, { size: 7.5, color: COLOR.muted });
  });
  return y + h + 16;
}

function drawRecord(doc: Doc, association: AssociationIdentity, record: ParticipationRecord): void {
  doc.addPage();
  const sessions = record.sessions ?? [];
  const { x, width } = contentBox(doc);
  const aside = [
    record.reference ? `Réf. ${record.reference}` : `Année ${record.year}`,
    `Édité le ${formatDate(record.issuedOn)}`,
  ];
  let y = letterhead(doc, association, { aside });
  y = title(
    doc,
    `RELEVÉ ANNUEL DE PARTICIPATION ${record.year}`,
    y + 2,
    sessions.length > 0
      ? 'Engagement des usagers — mandats, réunions, actions et projets'
      : 'Représentation des usagers — mandats, réunions et heures de représentation',
  );

  const person = fullName(record.person);
  y = text(doc, person, x, y, width, { font: 'bold', size: 12 });
  const address = postalLines(record.person).join(', ');
  if (address) y = text(doc, address, x, y + 1, width, { size: 9.5, color: COLOR.muted });
  y += 12;

  const c = record.counts;
  y = figures(
    doc,
    [
      {
        label: 'Réunions suivies',
        value: `${c.attended} / ${c.convened}`,
        detail: `${plural(c.excused, 'excusée', 'excusées')}, ${plural(c.absent, 'absence', 'absences')}`,
      },
      {
        label: 'Taux de présence',
        value: `${formatNumber(record.attendanceRatePercent)}\u00a0%`,
        detail:
          (c.notRecorded ?? 0) > 0
            ? `hors ${plural(c.notRecorded ?? 0, 'non renseignée', 'non renseignées')}`
            : 'des réunions renseignées',
      },
      { label: 'Heures de représentation', value: formatDuration(record.totalMinutes) },
      // The congé is an employee's right: nothing to show for someone not employed.
      ...(record.employed === false
        ? []
        : [
            {
              label: 'Congé de représentation',
              value: formatHalfDays(record.congeHalfDaysUsed),
              detail: `sur ${formatHalfDays(record.congeHalfDaysAllowed)} par an`,
            },
          ]),
    ],
    y,
  );

  y =
    text(
      doc,
      `Convocations : réunions tenues en ${record.year} où la personne était attendue (mandat en cours) ou notée` +
        `${(c.notRecorded ?? 0) > 0 ? `, dont ${c.notRecorded} sans présence renseignée` : ''}. ` +
        'Taux de présence : réunions suivies sur réunions dont la présence est renseignée.',
      x,
      y - 8,
      width,
      { size: 7.5, color: COLOR.muted },
    ) + 12;

  const block = {
    heading: `Fait à ${association.documentPlace}, le ${formatDate(record.issuedOn)}`,
    lines: [record.signatory.name, signatoryTitle(record.signatory)],
    hint: 'Signature et cachet de l’association',
  };
  const blockWidth = 230;
  const newPage = () => continuationPage(doc, `Relevé de participation ${record.year} — ${person}`);

  y = sectionHeading(doc, 'Mandats exercés', x, y, width);
  if (record.mandates.length === 0) {
    y = text(doc, 'Aucun mandat sur l’année.', x, y, width, { size: 9.5, color: COLOR.muted }) + 14;
  } else {
    const columns: Column[] = [
      { header: 'Instance', width: 175 },
      { header: 'Organisme', width: 130 },
      { header: 'Rôle', width: 70 },
      { header: 'Du', width: 60 },
      { header: 'Au', width: width - 435 },
    ];
    const rows = record.mandates.map((m) => [
      m.instance,
      m.organisation ?? '',
      m.role,
      formatDate(m.from),
      m.to ? formatDate(m.to) : 'en cours',
    ]);
    y = table(doc, { columns, rows, x, y, newPage }) + 18;
  }

  if (y + 60 > bottomLimit(doc)) y = newPage();
  y = sectionHeading(doc, 'Réunions auxquelles la personne a participé', x, y, width);
  if (record.meetings.length === 0) {
    y =
      text(doc, 'Aucune participation enregistrée sur l’année.', x, y, width, {
        size: 9.5,
        color: COLOR.muted,
      }) + 14;
  } else {
    const columns: Column[] = [
      { header: 'Date', width: 62 },
      { header: 'Instance', width: 163 },
      // Wide enough for « Sur place, en remplacement » on one line.
      { header: 'Modalité', width: 140 },
      { header: 'Horaires', width: 80 },
      { header: 'Durée', width: width - 445, align: 'right' },
    ];
    const rows = record.meetings.map((m) => [
      formatDate(m.date),
      m.instance,
      m.replacing && m.mode !== 'remplacant' ? `${MODE_LABEL[m.mode]}, en remplacement` : MODE_LABEL[m.mode],
      formatTimeRange(m.startTime, m.endTime),
      formatDuration(m.minutes),
    ]);
    const footerRows = [
      [
        '',
        `Total : ${plural(record.meetings.length, 'réunion', 'réunions')}`,
        '',
        '',
        formatDuration(record.totalMinutes),
      ],
    ];
    y =
      table(doc, {
        columns,
        rows,
        x,
        y,
        newPage,
        footerRows,
        keepWithNext: sessions.length > 0 ? 0 : 18 + signatureBlockHeight(doc, block, blockWidth),
      }) + 18;
  }

  if (sessions.length > 0) {
    if (y + 60 > bottomLimit(doc)) y = newPage();
    y = sectionHeading(doc, 'Actions et projets', x, y, width);
    const columns: Column[] = [
      { header: 'Date', width: 62 },
      // Wide enough for « Animatrice / intervenante » on one line.
      { header: 'Action', width: 150 },
      { header: 'Porteur', width: 113 },
      { header: 'Rôle', width: 120 },
      { header: 'Durée', width: width - 445, align: 'right' },
    ];
    const rows = sessions.map((s) => [
      formatDate(s.date),
      s.action,
      s.carrier,
      s.role,
      formatDuration(s.minutes),
    ]);
    const footerRows = [
      [
        '',
        `Total : ${plural(sessions.length, 'séance', 'séances')}`,
        '',
        '',
        formatDuration(record.sessionMinutes ?? 0),
      ],
    ];
    y =
      table(doc, {
        columns,
        rows,
        x,
        y,
        newPage,
        footerRows,
        keepWithNext: 18 + signatureBlockHeight(doc, block, blockWidth),
      }) + 18;
  }

  if (record.valorisation)
    y = valorisationSection(doc, record, y, newPage, 18 + signatureBlockHeight(doc, block, blockWidth));

  if (y + signatureBlockHeight(doc, block, blockWidth) > bottomLimit(doc)) y = newPage();
  signatureBlock(doc, block, x + width - blockWidth, y, blockWidth);
}

/** Hours × hourly value by category, when the association's settings put it on the relevé. */
function valorisationSection(
  doc: Doc,
  record: ParticipationRecord,
  top: number,
  newPage: () => number,
  keepWithNext: number,
): number {
  const v = record.valorisation;
  if (!v) return top;
  const { x, width } = contentBox(doc);
  let y = top;
  if (y + 80 > bottomLimit(doc)) y = newPage();
  y = sectionHeading(doc, 'Valorisation du bénévolat', x, y, width);
  if (v.lines.length === 0)
    return (
      text(doc, 'Aucune heure de bénévolat comptée sur l’année.', x, y, width, {
        size: 9.5,
        color: COLOR.muted,
      }) + 14
    );
  const columns: Column[] = [
    { header: 'Catégorie', width: width - 285 },
    { header: 'Heures', width: 75, align: 'right' },
    { header: 'Valeur horaire', width: 95, align: 'right' },
    { header: 'Valorisation', width: 115, align: 'right' },
  ];
  const rows = v.lines.map((l) => [
    l.category,
    formatDuration(l.minutes),
    formatEuros(l.hourlyCents),
    formatEuros(l.valueCents),
  ]);
  const footerRows = [['Total', formatDuration(v.totalMinutes), '', formatEuros(v.totalCents)]];
  y = table(doc, { columns, rows, x, y, newPage, footerRows, keepWithNext: 30 + keepWithNext }) + 4;
  return (
    text(
      doc,
      `Heures de présence aux réunions et séances et temps bénévole déclaré en ${record.year}, multipliés par la valeur horaire ` +
        'retenue par l’association pour chaque catégorie. Cette valorisation figure en contributions volontaires en nature ' +
        'dans les comptes de l’association ; elle n’ouvre pas droit à une réduction d’impôt. Deux réunions qui se ' +
        'chevauchent comptent chacune leurs heures, comme au tableau de bord.',
      x,
      y,
      width,
      { size: 7.5, color: COLOR.muted },
    ) + 14
  );
}

export function drawParticipationRecords(
  doc: Doc,
  association: AssociationIdentity,
  records: readonly ParticipationRecord[],
): void {
  renderRecords(
    doc,
    records,
    (record) => drawRecord(doc, association, record),
    (record) => `Relevé ${record.year} — ${fullName(record.person)} — ${associationName(association)}`,
  );
}
