/**
 * Guesses which column of the user's file holds which field, from French (and a few English)
 * headers as people type them: « Fin mandat », « Date de fin du mandat », « Tél. », « CP »…
 */
import { foldForSearch } from '../../shared/rules/text';
import type { ImportField, ImportMapping } from '../../shared/exchange/types';

/** The headers recognised for each field (the import template lists them for the user). */
export const headerSynonyms: Record<ImportField, string[]> = {
  civility: ['civilité', 'civ', 'titre', 'M./Mme', 'Madame/Monsieur'],
  lastName: ['nom', 'nom de famille', 'nom d’usage', 'nom usuel', 'nom de naissance', 'last name', 'surname'],
  firstName: ['prénom', 'prénoms', 'first name'],
  email: [
    'e-mail',
    'mail',
    'courriel',
    'mél',
    'adresse e-mail',
    'adresse mail',
    'adresse électronique',
    'adresse courriel',
  ],
  phone: ['téléphone', 'portable', 'mobile', 'GSM', 'numéro de téléphone', 'phone'],
  addressLine: ['adresse', 'adresse postale', 'rue', 'voie', 'numéro et rue', 'address'],
  postalCode: ['code postal', 'code post', 'postal code', 'zip'],
  city: ['ville', 'commune', 'localité', 'city'],
  originAssociation: [
    'association',
    'association d’origine',
    'association d’appartenance',
    'association membre',
    'nom de l’association',
    'structure',
  ],
  employed: ['salarié', 'salarié(e)', 'salariée', 'en emploi'],
  employer: ['employeur'],
  notes: ['notes', 'note', 'remarques', 'remarque', 'commentaire', 'commentaires', 'observations'],
  profile: ['profil', 'profil de la personne', 'type de profil', 'type de personne'],
  instance: ['instance', 'nom de l’instance', 'instance de représentation', 'siège', 'commission'],
  role: ['rôle', 'fonction', 'qualité'],
  startDate: [
    'début',
    'date de début',
    'début du mandat',
    'du',
    'nomination',
    'date de nomination',
    'à compter du',
    'depuis le',
    'prise de fonction',
    'date d’effet',
    'entrée en fonction',
    'start',
  ],
  endDate: [
    'fin',
    'date de fin',
    'fin du mandat',
    'au',
    'jusqu’au',
    'échéance',
    'date d’échéance',
    'expiration',
    'date d’expiration',
    'terme',
    'end',
  ],
  designatingAuthority: [
    'autorité de désignation',
    'autorité',
    'autorité désignante',
    'désigné par',
    'désignée par',
    'nommé par',
  ],
  proposingAssociation: ['association proposante', 'proposé par', 'proposée par', 'proposition'],
  designationReference: [
    'référence',
    'arrêté',
    'numéro d’arrêté',
    'référence de l’acte',
    'référence de l’arrêté',
    'acte de désignation',
  ],
};

/** Small words that change nothing to what a header names. */
const fillers = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the']);
/** Abbreviations → the word they stand for. */
const abbreviations: Record<string, string[]> = {
  tel: ['telephone'],
  n: ['numero'],
  no: ['numero'],
  num: ['numero'],
  cp: ['code', 'postal'],
  mel: ['mail'],
  email: ['mail'],
  asso: ['association'],
  ref: ['reference'],
  deb: ['debut'],
  adr: ['adresse'],
};

/**
 * The words a header names, whatever its accents, case and punctuation: « Date de fin du
 * mandat », « date_fin_mandat » and « FIN MANDAT » all give ['fin']. A bracketed hint such as
 * « (JJ/MM/AAAA) » is dropped; « date » and a trailing « mandat » only when other words remain.
 */
export function headerWords(header: string): string[] {
  const folded = foldForSearch(header)
    .replace(/\(.*?\)/g, ' ')
    // « E-mail », « C.P. »: one word each.
    .replace(/\be[\s-]+mail/g, 'email')
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1');
  const raw = folded.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let words = raw.flatMap((w) => abbreviations[w] ?? [w]);
  const meaningful = words.filter((w) => !fillers.has(w));
  if (meaningful.length > 0) words = meaningful;
  if (words.length > 1 && words[words.length - 1] === 'mandat') words = words.slice(0, -1);
  if (words.length > 1 && words.some((w) => w !== 'date')) words = words.filter((w) => w !== 'date');
  return words;
}

const key = (header: string) => headerWords(header).join(' ');

/** A header saying « date » names a date: « Date de l’arrêté » is not the act's reference. */
const dateFields = new Set<ImportField>(['startDate', 'endDate']);
const namesADate = (header: string) => /\bdate\b/.test(foldForSearch(header));

const byField = Object.entries(headerSynonyms).map(([field, words]) => ({
  field: field as ImportField,
  keys: [...new Set(words.map(key))],
}));

/** Words too short or too common to name a field when followed by others (« Nom de l’instance »). */
const exactOnly = new Set(['nom', 'du', 'au', 'association']);

export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  const keys = headers.map(key);
  const dated = headers.map(namesADate);
  const assign = (matches: (header: string, synonym: string) => boolean) => {
    for (const { field, keys: synonymKeys } of byField) {
      if (mapping[field] !== undefined) continue;
      const index = keys.findIndex(
        (h, i) =>
          !taken.has(i) &&
          h !== '' &&
          (!dated[i] || dateFields.has(field)) &&
          synonymKeys.some((s) => matches(h, s)),
      );
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
      }
    }
  };
  // Exact matches first, so that « Nom » is not taken by a longer header below.
  assign((h, s) => h === s);
  // Then a header that starts with a field's name: « Téléphone portable », « Fin prévue ».
  assign((h, s) => !exactOnly.has(s) && h.startsWith(`${s} `));
  return mapping;
}
