import { z } from 'zod';
import type { ImportField } from './types';

export const importFields: ReadonlyArray<{
  field: ImportField;
  label: string;
  group: 'personne' | 'mandat';
  required?: boolean;
}> = [
  { field: 'civility', label: 'Civilité', group: 'personne' },
  { field: 'lastName', label: 'Nom', group: 'personne', required: true },
  { field: 'firstName', label: 'Prénom', group: 'personne', required: true },
  { field: 'email', label: 'E-mail', group: 'personne' },
  { field: 'phone', label: 'Téléphone', group: 'personne' },
  { field: 'addressLine', label: 'Adresse', group: 'personne' },
  { field: 'postalCode', label: 'Code postal', group: 'personne' },
  { field: 'city', label: 'Ville', group: 'personne' },
  { field: 'originAssociation', label: 'Association d’origine', group: 'personne' },
  { field: 'employed', label: 'Salarié (oui/non)', group: 'personne' },
  { field: 'employer', label: 'Employeur', group: 'personne' },
  { field: 'notes', label: 'Notes', group: 'personne' },
  { field: 'profile', label: 'Profil', group: 'personne' },
  { field: 'instance', label: 'Instance', group: 'mandat' },
  { field: 'role', label: 'Rôle', group: 'mandat' },
  { field: 'startDate', label: 'Début du mandat', group: 'mandat' },
  { field: 'endDate', label: 'Fin du mandat', group: 'mandat' },
  { field: 'designatingAuthority', label: 'Autorité de désignation', group: 'mandat' },
  { field: 'designationReference', label: 'Référence de l’acte', group: 'mandat' },
  { field: 'proposingAssociation', label: 'Association proposante', group: 'mandat' },
];

const fieldNames = importFields.map((f) => f.field) as [ImportField, ...ImportField[]];

export const importMapping = z.partialRecord(z.enum(fieldNames), z.number().int().min(0).max(500).nullable());

/** 20 Mo of file at most: an export of a whole register is far below. */
export const importFileInput = z.object({
  fileName: z.string().min(1).max(255),
  dataBase64: z.string().min(1, 'Le fichier est vide').max(28_000_000, 'Le fichier dépasse 20 Mo'),
  /** Absent: the columns are guessed from the headers. */
  mapping: importMapping.nullable().default(null),
});
export type ImportFileInput = z.input<typeof importFileInput>;

export const exportInput = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
