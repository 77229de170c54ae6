/** Guesses which column of the user's file holds which field, from French (and a few English) headers. */
import { foldForSearch } from '../../shared/rules/text';
import type { ImportField, ImportMapping } from '../../shared/types/register-b';

const synonyms: Record<ImportField, string[]> = {
  civility: ['civilite', 'titre', 'civ'],
  lastName: ['nom', 'nom de famille', "nom d'usage", 'last name', 'lastname', 'nom usuel'],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname'],
  email: ['e-mail', 'email', 'mail', 'courriel', 'adresse e-mail', 'adresse mail', 'adresse electronique'],
  phone: ['telephone', 'tel', 'portable', 'mobile', 'tel.', 'numero de telephone'],
  addressLine: ['adresse', 'adresse postale', 'rue', 'voie'],
  postalCode: ['code postal', 'cp', 'code_postal', 'codepostal'],
  city: ['ville', 'commune', 'localite'],
  originAssociation: ['association', "association d'origine", 'association d origine', 'structure'],
  employed: ['salarie', 'salarie(e)', 'salariee', 'en emploi'],
  employer: ['employeur'],
  notes: ['notes', 'remarques', 'commentaire', 'commentaires', 'observations'],
  instance: ['instance', 'instance de representation', 'siege', 'commission'],
  role: ['role', 'fonction', 'qualite'],
  startDate: ['debut', 'date de debut', 'debut du mandat', 'date debut', 'du', 'nomination'],
  endDate: ['fin', 'date de fin', 'fin du mandat', 'date fin', 'au', 'echeance'],
  designatingAuthority: ['autorite de designation', 'autorite', 'designe par'],
  proposingAssociation: ['association proposante', 'proposee par', 'proposition'],
  designationReference: [
    'reference',
    'arrete',
    "reference de l'acte",
    'acte de designation',
    'reference de l acte',
    'n° arrete',
  ],
};

const normalise = (header: string) =>
  foldForSearch(header).replace(/[_:]+/g, ' ').replace(/\s+/g, ' ').trim();

export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  const normalised = headers.map(normalise);
  // Exact matches first, so "Nom" is not taken by "Nom de l'instance" guesses below.
  for (const [field, words] of Object.entries(synonyms) as Array<[ImportField, string[]]>) {
    const index = normalised.findIndex((h, i) => !taken.has(i) && words.includes(h));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  for (const [field, words] of Object.entries(synonyms) as Array<[ImportField, string[]]>) {
    if (mapping[field] !== undefined) continue;
    const index = normalised.findIndex(
      (h, i) => !taken.has(i) && words.some((w) => w.length > 3 && h.startsWith(w)),
    );
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}
