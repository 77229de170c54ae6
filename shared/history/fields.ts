/**
 * What the « Historique » shows of each record: its fields with their French label and how a
 * value is written. One list per kind of record; a field absent here is not compared (ids,
 * counts and values computed from others, which change with the fields they come from).
 */
import { actionPhaseLabels, actionStatusLabels } from '../actions/schemas';
import { claimStatusLabels } from '../claims/schemas';
import { meetingModeLabels } from '../meetings/schemas';
import {
  endReasonLabels,
  involvementLabels,
  organisationKindLabels,
  participationFormLabels,
} from '../register/schemas';

export type FieldKind = 'text' | 'date' | 'time' | 'money' | 'bool' | 'integer' | 'enum';

export interface FieldSpec {
  label: string;
  kind: FieldKind;
  /** For 'enum': the label of each stored code. */
  values?: Readonly<Record<string, string>>;
}

const text = (label: string): FieldSpec => ({ label, kind: 'text' });
const date = (label: string): FieldSpec => ({ label, kind: 'date' });
const choice = (label: string, values: Readonly<Record<string, string>>): FieldSpec => ({
  label,
  kind: 'enum',
  values,
});

const person: Record<string, FieldSpec> = {
  civility: text('Civilité'),
  lastName: text('Nom'),
  firstName: text('Prénom'),
  addressLine: text('Adresse'),
  postalCode: text('Code postal'),
  city: text('Ville'),
  email: text('Courriel'),
  phone: text('Téléphone'),
  employed: { label: 'Salarié (congé de représentation)', kind: 'bool' },
  employer: text('Employeur'),
  originAssociation: text('Association d’origine'),
  profileLabel: text('Profil'),
  iban: text('IBAN'),
  bic: text('BIC'),
  notes: text('Notes'),
};

export const historyFields: Record<string, Record<string, FieldSpec>> = {
  representative: person,
  organisation: {
    name: text('Nom'),
    kind: choice('Nature', organisationKindLabels),
    addressLine: text('Adresse'),
    postalCode: text('Code postal'),
    city: text('Ville'),
    notes: text('Notes'),
  },
  instance: {
    name: text('Nom'),
    organisationName: text('Organisme'),
    typeLabel: text('Type'),
    seatsTitulaire: { label: 'Sièges de titulaire', kind: 'integer' },
    seatsSuppleant: { label: 'Sièges de suppléant', kind: 'integer' },
    targetMin: { label: 'Représentants visés', kind: 'integer' },
    mandateMonths: { label: 'Durée des mandats (mois)', kind: 'integer' },
    involvementLevel: choice('Niveau d’implication', involvementLabels),
    participationForm: choice('Forme', participationFormLabels),
    meetingPlace: text('Lieu des réunions'),
    notes: text('Notes'),
  },
  mandate: {
    representativeName: text('Personne'),
    instanceName: text('Instance'),
    roleLabel: text('Rôle'),
    startDate: date('Début'),
    endDate: date('Fin prévue'),
    endedOn: date('Terminé le'),
    endReason: choice('Motif de fin', endReasonLabels),
    endNote: text('Précision sur la fin'),
    designatingAuthority: text('Autorité de désignation'),
    designationReference: text('Référence de l’acte'),
    proposingAssociation: text('Association qui a proposé'),
    pairedWith: text('Binôme'),
    overCapacityJustification: text('Justification du dépassement'),
    notes: text('Notes'),
  },
  meeting: {
    instanceName: text('Instance'),
    actionTitle: text('Action'),
    title: text('Intitulé'),
    date: date('Date'),
    startTime: { label: 'Début', kind: 'time' },
    endTime: { label: 'Fin', kind: 'time' },
    mode: choice('Modalité', meetingModeLabels),
    place: text('Lieu'),
    agenda: text('Ordre du jour'),
    minutesReference: text('Référence du compte rendu'),
    notes: text('Notes'),
    cancelReason: text('Motif d’annulation'),
  },
  action: {
    title: text('Titre'),
    organisationName: text('Organisme'),
    instanceName: text('Instance'),
    status: choice('Statut', actionStatusLabels),
    phase: choice('Phase', actionPhaseLabels),
    description: text('Description'),
    expectedBeneficiaries: { label: 'Bénéficiaires attendus', kind: 'integer' },
    actualBeneficiaries: { label: 'Bénéficiaires touchés', kind: 'integer' },
    partners: text('Partenaires'),
  },
  claim: {
    title: text('Intitulé'),
    status: choice('Statut', claimStatusLabels),
    personName: text('Personne'),
    totalCents: { label: 'Montant total', kind: 'money' },
    lineCount: { label: 'Nombre de lignes', kind: 'integer' },
    notes: text('Notes'),
  },
};

/** The labels of the keys older entries (and short notes) carry in their details. */
export const detailLabels: Record<string, string> = {
  motif: 'Motif',
  nom: 'Nom',
  titre: 'Titre',
  reference: 'Référence',
  numero: 'Numéro',
  montant: 'Montant',
  de: 'Avant',
  à: 'Après',
  avant: 'Avant',
  après: 'Après',
  le: 'Le',
  fichier: 'Fichier',
  version: 'Version',
  personne: 'Personne',
  date: 'Date',
  lignes: 'Lignes',
  horairesRepris: 'Horaires personnels repris',
  presencesADistance: 'Présences passées à distance',
};
