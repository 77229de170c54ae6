/**
 * The person's data as sections: one sheet of the XLSX and one key of the JSON each, with the
 * column names in French so that the person reads the file without a dictionary. Values stay
 * as stored (ISO dates, amounts in euros as numbers) so that the JSON is also machine-readable.
 */
import * as data from '../../db/privacy/person-data';
import type { Executor } from '../../db/audit';
import {
  attendanceRoleLabel,
  attendanceStatusLabel,
  mandateRoleLabel,
  profileLabel,
} from '../../shared/rules/agreement';
import { endReasonLabels } from '../../shared/register/schemas';
import { meetingModeLabels } from '../../shared/meetings/schemas';
import {
  claimStatusLabels,
  lineKindLabels,
  paymentMethodLabels,
  transportModeLabels,
} from '../../shared/claims/schemas';
import { signatureMethodLabels } from '../../shared/charters/schemas';
import { reportDocumentKindLabels } from '../../shared/reports/schemas';
import { vehicleKindLabels } from '../../shared/register/representative';
import { notFound } from '../errors';

export type SectionValue = string | number | boolean | null;
export type SectionRow = Record<string, SectionValue>;

export interface PersonSection {
  /** Key of the JSON. */
  key: string;
  /** Name of the XLSX sheet (31 characters at most). */
  title: string;
  rows: SectionRow[];
}

const euros = (cents: number | null): number | null => (cents === null ? null : cents / 100);
const yesNo = (flag: number | null): string | null => (flag === null ? null : flag === 1 ? 'oui' : 'non');
const label = <K extends string>(labels: Record<K, string>, key: K | null): string | null =>
  key === null ? null : (labels[key] ?? key);

export interface PersonData {
  personName: string;
  sections: PersonSection[];
  /** Attached files to copy into the archive: where they come from and the name they get. */
  files: Array<{ hash: string; folder: string; name: string }>;
  /** Issued documents to rebuild as PDF. */
  issued: { attestationIds: number[]; claimIds: number[]; receiptIds: number[] };
}

export async function readPersonData(db: Executor, id: number): Promise<PersonData> {
  const p = await data.personRow(db, id);
  if (!p) throw notFound('Personne');
  const civ = p.civility;
  const identity: SectionRow = {
    Civilité: p.civility || null,
    Nom: p.last_name,
    Prénom: p.first_name,
    'E-mail': p.email,
    Téléphone: p.phone,
    Adresse: p.address_line,
    'Code postal': p.postal_code,
    Ville: p.city,
    Profil:
      p.profile_label === null
        ? null
        : profileLabel({ label: p.profile_label, labelFeminine: p.profile_label_feminine }, civ),
    'Association d’origine': p.origin_association,
    Salarié: yesNo(p.employed),
    Employeur: p.employer,
    IBAN: p.iban,
    BIC: p.bic,
    Notes: p.notes,
    'Fiche créée le': p.created_at,
    'Fiche modifiée le': p.updated_at,
    'Archivée le': p.archived_at,
    'Anonymisée le': p.anonymised_at,
    'Revue de conservation le': p.retention_reviewed_on,
  };

  const vehicles = (await data.vehiclesOf(db, id)).map((v) => ({
    Type: vehicleKindLabels[v.kind],
    'Puissance (CV)': v.fiscal_power_cv,
    Électrique: yesNo(v.electric),
    Immatriculation: v.plate,
    Libellé: v.label,
    'Retiré le': v.archived_at,
  }));

  const mandates = (await data.mandatesOf(db, id)).map((m) => ({
    Instance: m.instance,
    Organisation: m.organisation,
    Rôle: mandateRoleLabel(m.role, m.role_other, civ),
    Début: m.start_date,
    'Fin prévue': m.end_date,
    'Terminé le': m.ended_on,
    'Motif de fin': label(endReasonLabels, m.end_reason),
    'Note de fin': m.end_note,
    'Autorité de désignation': m.designating_authority,
    'Acte de désignation': m.designation_reference,
    'Association qui a proposé': m.proposing_association,
    Notes: m.notes,
  }));

  const attendanceRows = await data.attendanceOf(db, id);
  const attendance = (sessions: boolean) =>
    attendanceRows
      .filter((a) => (a.action_id !== null) === sessions)
      .map((a) => ({
        Date: a.date,
        [sessions ? 'Action' : 'Instance']: sessions ? a.action : a.instance,
        Intitulé: a.title,
        Modalité: meetingModeLabels[a.mode],
        Lieu: a.place,
        Présence: attendanceStatusLabel(a.status, civ),
        ...(sessions ? { Rôle: attendanceRoleLabel(a.role, civ) } : {}),
        Début: a.start_time ?? a.meeting_start,
        Fin: a.end_time ?? a.meeting_end,
        'Hors mandat': yesNo(a.non_mandated),
        'Remplacement assuré par':
          a.substitute_last_name === null ? null : `${a.substitute_first_name} ${a.substitute_last_name}`,
        Notes: a.notes,
        'Annulée le': a.cancelled_at,
      }));

  const attestationRows = await data.attestationsOf(db, id);
  const attestations = attestationRows.map((a) => ({
    Référence: a.reference,
    'Délivrée le': a.issued_on,
    'Annulée le': a.voided_at,
    "Motif d'annulation": a.void_reason,
  }));

  const trainings = (await data.trainingsOf(db, id)).map((t) => ({
    Formation: t.kind,
    Date: t.date,
    'Durée (minutes)': t.duration_minutes,
    Organisme: t.organiser,
    Notes: t.notes,
  }));

  const signatureRows = await data.charterSignaturesOf(db, id);
  const charters = signatureRows.map((s) => ({
    Charte: s.title,
    Version: s.version,
    'Signée le': s.signed_on,
    Mode: label(signatureMethodLabels, s.method),
    'Document signé': s.original_name,
  }));

  const claimRows = await data.claimsOf(db, id);
  const claims = claimRows.map((c) => ({
    Numéro: c.number,
    Statut: claimStatusLabels[c.status],
    Objet: c.title,
    'Montant (€)': euros(c.total_cents),
    'Soumise le': c.submitted_at,
    'Validée le': c.validated_at,
    'Refusée le': c.refused_at,
    'Motif du refus': c.refusal_reason,
    'Renonciation signée le': c.renounced_on,
    'Payée le': c.paid_on,
    'Mode de paiement': label(paymentMethodLabels, c.payment_method),
    'Référence du paiement': c.payment_reference,
    'Annulée le': c.cancelled_at,
    "Motif d'annulation": c.cancel_reason,
    Notes: c.notes,
  }));

  const lines = (await data.claimLinesOf(db, id)).map((l) => ({
    'Note de frais': l.claim_number,
    Date: l.date,
    Nature:
      l.kind === 'transport' && l.transport_mode
        ? transportModeLabels[l.transport_mode]
        : lineKindLabels[l.kind],
    Objet: l.purpose,
    Départ: l.from_place,
    Arrivée: l.to_place,
    'Distance aller (km)': l.distance_tenth_km === null ? null : l.distance_tenth_km / 10,
    'Aller-retour': yesNo(l.round_trip),
    Véhicule: l.vehicle_label,
    Immatriculation: l.vehicle_plate,
    'Puissance (CV)': l.vehicle_cv,
    'Dépense (€)': euros(l.expense_cents),
    'Montant remboursé (€)': euros(l.amount_cents),
    Calcul: l.explanation,
  }));

  const payments = (await data.sepaPaymentsOf(db, id)).map((s) => ({
    'Note de frais': s.claim_number,
    'Virement (lot)': s.message_id,
    "Date d'exécution": s.execution_date,
    Bénéficiaire: s.person_name,
    IBAN: s.iban,
    BIC: s.bic,
    'Montant (€)': euros(s.amount_cents),
    Libellé: s.remittance,
    'Retiré du lot le': s.withdrawn_at,
    'Motif du retrait': s.withdraw_reason,
  }));

  const receiptRows = await data.taxReceiptsOf(db, id);
  const receipts = receiptRows.map((r) => ({
    Numéro: r.number,
    Année: r.year,
    'Montant (€)': euros(r.amount_cents),
    Donateur: r.donor_name,
    Adresse: r.donor_address_line,
    'Code postal': r.donor_postal_code,
    Ville: r.donor_city,
    'Émis le': r.issued_on,
    'Annulé le': r.cancelled_at,
    "Motif d'annulation": r.cancel_reason,
  }));

  const reports = (await data.mandateReportsOf(db, id)).map((r) => ({
    'Réunion du': r.meeting_date,
    'Instance ou action': r.instance ?? r.action,
    'Points soulevés': r.points_raised,
    'Positions prises': r.positions_taken,
    Confidentiel: yesNo(r.confidential),
    'Écrit le': r.written_on,
    'Saisi par': r.author,
  }));

  const followUps = (await data.followUpsOf(db, id)).map((f) => ({
    Suite: f.description,
    Échéance: f.due_on,
    'Confiée à la personne': yesNo(f.owner_representative_id === id ? 1 : 0),
    'Faite le': f.done_on,
  }));

  const audit = (await data.auditEntriesOf(db, id)).map((e) => ({
    Date: e.at,
    Auteur: e.actor,
    Action: e.action,
    Objet: e.entity,
    Identifiant: e.entity_id,
    Détails: e.details,
  }));

  const receiptFiles = await data.claimReceiptFilesOf(db, id);
  const reportFiles = await data.reportDocumentsOf(db, id);
  const files: PersonData['files'] = [
    ...receiptFiles.map((f) => ({
      hash: f.file_hash,
      folder: 'justificatifs',
      name: `${f.number ?? `brouillon-${f.claim_id}`} ${f.date} ${f.original_name}`,
    })),
    ...signatureRows
      .filter((s) => s.file_hash !== null && s.original_name !== null)
      .map((s) => ({
        hash: s.file_hash ?? '',
        folder: 'chartes signées',
        name: `${s.signed_on} ${s.original_name ?? ''}`,
      })),
    ...reportFiles.map((f) => ({
      hash: f.file_hash,
      folder: 'comptes rendus',
      name: `${label(reportDocumentKindLabels, f.kind)} ${f.original_name}`,
    })),
  ];

  return {
    personName: `${p.first_name} ${p.last_name}`.trim(),
    sections: [
      { key: 'identite', title: 'Identité', rows: [identity] },
      { key: 'vehicules', title: 'Véhicules', rows: vehicles },
      { key: 'mandats', title: 'Mandats', rows: mandates },
      { key: 'presences', title: 'Présences', rows: attendance(false) },
      { key: 'seances', title: 'Séances', rows: attendance(true) },
      { key: 'attestations', title: 'Attestations', rows: attestations },
      { key: 'formations', title: 'Formations', rows: trainings },
      { key: 'chartes', title: 'Chartes', rows: charters },
      { key: 'notesDeFrais', title: 'Notes de frais', rows: claims },
      { key: 'lignesDeFrais', title: 'Lignes de frais', rows: lines },
      { key: 'paiements', title: 'Paiements', rows: payments },
      { key: 'recusFiscaux', title: 'Reçus fiscaux', rows: receipts },
      { key: 'comptesRendus', title: 'Comptes rendus', rows: reports },
      { key: 'suites', title: 'Suites à donner', rows: followUps },
      { key: 'journal', title: 'Journal', rows: audit },
    ],
    files,
    issued: {
      attestationIds: attestationRows.map((a) => a.id),
      claimIds: claimRows.filter((c) => c.number !== null).map((c) => c.id),
      receiptIds: receiptRows.map((r) => r.id),
    },
  };
}
