/**
 * Attestation de présence effective: what a representative hands the employer to justify
 * a congé de représentation (Code du travail, art. L3142-60 et suivants). One page each.
 * For a session of an action that is not a representation, an attestation de participation.
 */
import {
  agree,
  attendanceRoleLabel,
  representativeLabel,
  usersRepresentative,
  type Forms,
} from '../../shared/rules/agreement';
import { carrierText } from '../../shared/meetings/engagement';
import type { Doc } from './pdf-document';
import type { AssociationIdentity, AttendanceCertificate, PresenceStatus } from './types';
import {
  formatDate,
  formatDuration,
  formatLongDate,
  formatTime,
  fullName,
  postalLines,
  signatoryOpening,
  signatoryTitle,
} from './format';
import { COLOR, contentBox, panel, text } from './layout';
import { associationName, letterhead, title } from './letterhead';
import { type Field, fields, fieldsHeight, signatureBlock, voidBanner, voidWatermark } from './blocks';
import { renderRecords } from './pages';

/** Said of the representative; a noun (« Présence ») when the civility is unknown. */
const STATUS_FORMS: Record<PresenceStatus, Forms> = {
  present: {
    masculine: 'Présent sur place',
    feminine: 'Présente sur place',
    unknown: 'Présence sur place',
  },
  distance: {
    masculine: 'Présent à distance (visioconférence)',
    feminine: 'Présente à distance (visioconférence)',
    unknown: 'Présence à distance (visioconférence)',
  },
  remplacant: {
    masculine: 'Présent en qualité de suppléant, en remplacement au siège de titulaire',
    feminine: 'Présente en qualité de suppléante, en remplacement au siège de titulaire',
    unknown: 'Présence en suppléance, en remplacement au siège de titulaire',
  },
};

/** The employee's absence, said of the representative (« de la salariée »). */
export function legalBasis(civility?: string | null): string {
  const employee = agree(civility, {
    masculine: 'du salarié',
    feminine: 'de la salariée',
    unknown: 'de la personne salariée',
  });
  return (
    `La présente attestation est délivrée pour justifier, auprès de l’employeur, l’absence ${employee} au titre du ` +
    'congé de représentation prévu aux articles L3142-60 et suivants du Code du travail (dans la limite de neuf ' +
    'jours ouvrables par an, fractionnables en demi-journées). Elle vaut attestation de présence effective ' +
    'aux heures indiquées.'
  );
}

export const LEGAL_BASIS = legalBasis('M.');

function presenceMode(cert: AttendanceCertificate): string {
  const { status, replacing } = cert.presence;
  const civility = cert.representative.civility;
  if (replacing || status === 'remplacant') {
    // Older attestations carried no status of their own beside 'remplacant': the meeting's mode.
    const remote = status === 'distance' || (status === 'remplacant' && cert.meeting.mode === 'distance');
    const label = agree(civility, STATUS_FORMS.remplacant);
    return remote ? `${label}, à distance` : label;
  }
  return agree(civility, STATUS_FORMS[status]);
}

function meetingPlace(cert: AttendanceCertificate): string {
  if (cert.meeting.mode === 'distance')
    return cert.meeting.place ? `Visioconférence (${cert.meeting.place})` : 'Visioconférence';
  return cert.meeting.place ?? '';
}

function instanceRows(cert: AttendanceCertificate): Field[] {
  const instance = cert.instance;
  if (!instance) return [];
  const org = instance.organisation;
  return [
    ['Instance', `${instance.name} (${instance.typeLabel})`],
    ['Organisme', [org.name, ...postalLines(org)].join(', ')],
    ['Réunion', cert.meeting.title ?? ''],
  ];
}

function drawCertificate(doc: Doc, association: AssociationIdentity, cert: AttendanceCertificate): void {
  doc.addPage();
  const { x, width } = contentBox(doc);
  let y = letterhead(doc, association, {
    aside: [`Réf. ${cert.reference}`, `Délivrée le ${formatDate(cert.issuedOn)}`],
  });
  const session = cert.action;
  // A session whose action is not a body under L3142-60 is attested as a participation, citing
  // no article of the Code du travail (shared/meetings/engagement.ts says which).
  const participation = session?.kind === 'participation';
  y = participation
    ? title(doc, 'ATTESTATION DE PARTICIPATION', y + 4)
    : title(
        doc,
        'ATTESTATION DE PRÉSENCE',
        y + 4,
        'Congé de représentation — articles L3142-60 et suivants du Code du travail',
      );
  if (cert.voidReason) y = voidBanner(doc, `ANNULÉE — ${cert.voidReason}`, y - 4);

  const rep = cert.representative;
  const person = fullName(rep);
  const opening = signatoryOpening(cert.signatory, associationName(association));
  const carrier = session ? carrierText(session.carrier, associationName(association)) : '';
  const statement = !session
    ? `atteste que ${person}, ${usersRepresentative(rep.civility)}, a effectivement siégé à la réunion décrite ci-dessous.`
    : participation
      ? `atteste que ${person} a participé à la séance de l’action « ${session.title} », portée par ${carrier}, décrite ci-dessous.`
      : `atteste que ${person} a effectivement pris part à la séance de l’action « ${session.title} », portée par ${carrier}, décrite ci-dessous.`;
  y = text(doc, `${opening} ${statement}`, x, y, width, { size: 10.5, align: 'justify', lineGap: 2 }) + 12;

  const times: Field[] = [
    ['Date', formatLongDate(cert.meeting.date)],
    [
      'Horaires de la séance',
      `de ${formatTime(cert.meeting.startTime)} à ${formatTime(cert.meeting.endTime)}`,
    ],
    [
      participation ? 'Participation effective' : 'Présence effective',
      `de ${formatTime(cert.presence.startTime)} à ${formatTime(cert.presence.endTime)}, soit ${formatDuration(cert.presence.minutes)}`,
    ],
    ['Modalité', presenceMode(cert)],
    ['Lieu', meetingPlace(cert)],
  ];
  const rows: Field[] = session
    ? [
        [agree(rep.civility, { masculine: 'Participant', feminine: 'Participante', unknown: 'Nom' }), person],
        ['Adresse', postalLines(rep).join(', ')],
        ...(participation ? [] : ([['Employeur', rep.employer ?? '']] as Field[])),
        ['Action', session.title],
        ['Porteur', carrier],
        ['Séance', cert.meeting.title ?? ''],
        ['Rôle', attendanceRoleLabel(session.role, rep.civility)],
        ...times,
      ]
    : [
        [representativeLabel(rep.civility), person],
        ['Adresse', postalLines(rep).join(', ')],
        ['Employeur', rep.employer ?? ''],
        ...instanceRows(cert),
        ...times,
      ];
  const pad = 12;
  const options = { labelWidth: 135, boldValues: true, size: 10.5, rowGap: 6 };
  const h = fieldsHeight(doc, rows, width - 2 * pad, options);
  panel(doc, x, y, width, h + 2 * pad);
  y = fields(doc, rows, x + pad, y + pad, width - 2 * pad, options) + pad + 16;

  if (!participation)
    y =
      text(doc, legalBasis(rep.civility), x, y, width, {
        size: 9,
        color: COLOR.muted,
        align: 'justify',
        lineGap: 1.5,
      }) + 6;
  y =
    text(doc, 'Attestation établie pour servir et valoir ce que de droit.', x, y, width, {
      size: 9,
      color: COLOR.muted,
    }) + 18;

  const blockWidth = 230;
  const sx = x + width - blockWidth;
  signatureBlock(
    doc,
    {
      heading: `Fait à ${association.documentPlace}, le ${formatDate(cert.issuedOn)}`,
      lines: [cert.signatory.name, signatoryTitle(cert.signatory)],
      hint: 'Signature et cachet de l’association',
    },
    sx,
    y,
    blockWidth,
  );
  if (cert.voidReason) voidWatermark(doc, 'ANNULÉE');
}

export function drawAttendanceCertificates(
  doc: Doc,
  association: AssociationIdentity,
  certs: readonly AttendanceCertificate[],
): void {
  renderRecords(
    doc,
    certs,
    (cert) => drawCertificate(doc, association, cert),
    (cert) => `Attestation ${cert.reference} — ${associationName(association)}`,
  );
}
