/**
 * The messages that go with each kind of document: their placeholders (« {prenom} ») and how a
 * message is filled in. Pure: the settings form checks a message as it is typed, and the main
 * process fills it for each person.
 */

export const mailKinds = ['releve', 'attestation', 'etatDeFrais', 'recuFiscal', 'convocation'] as const;
export type MailKind = (typeof mailKinds)[number];

export const mailKindLabels: Record<MailKind, string> = {
  releve: 'Relevé annuel de participation',
  attestation: 'Attestation de présence',
  etatDeFrais: 'État de frais (note de frais)',
  recuFiscal: 'Reçu fiscal',
  convocation: 'Convocation à une réunion',
};

/** Every placeholder, with what it becomes. */
export const placeholderLabels = {
  prenom: 'le prénom de la personne',
  nom: 'son nom complet (« Claire Dupont »)',
  civilite: '« Madame » ou « Monsieur » (vide si la civilité n’est pas connue)',
  association: 'le nom de l’association',
  signature: 'la signature (nom de l’association)',
  annee: 'l’année',
  reference: 'la référence du document',
  date: 'la date (« 12/03/2026 »)',
  objet: 'l’instance ou l’action et l’objet de la réunion',
  montant: 'le montant (« 45,60 € »)',
  heure: 'les heures (« 14 h 00 à 16 h 30 »)',
  lieu: 'le lieu (« visioconférence » pour une réunion à distance)',
} as const;
export type Placeholder = keyof typeof placeholderLabels;

const common: readonly Placeholder[] = ['prenom', 'nom', 'civilite', 'association', 'signature'];
const byKind: Record<MailKind, readonly Placeholder[]> = {
  releve: [...common, 'annee'],
  attestation: [...common, 'reference', 'date', 'objet'],
  etatDeFrais: [...common, 'reference', 'montant', 'annee'],
  recuFiscal: [...common, 'reference', 'montant', 'annee'],
  convocation: [...common, 'date', 'objet', 'heure', 'lieu'],
};

export function placeholdersOf(kind: MailKind): readonly Placeholder[] {
  return byKind[kind];
}

const placeholderPattern = /\{([^{}]*)\}/g;

const isPlaceholder = (name: string): name is Placeholder => name in placeholderLabels;

/** Why a message cannot be used for this kind (a placeholder it does not know), or null. */
export function templateProblem(text: string, kind: MailKind): string | null {
  const known = new Set<string>(byKind[kind]);
  for (const m of text.matchAll(placeholderPattern)) {
    const name = m[1] ?? '';
    if (!known.has(name)) {
      const list = byKind[kind].map((p) => `{${p}}`).join(', ');
      return `« {${name}} » n’est pas connu ici ; vous pouvez utiliser : ${list}`;
    }
  }
  return null;
}

/** The message with its placeholders replaced; a value missing for this document leaves it empty. */
export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(placeholderPattern, (whole, name: string) =>
    isPlaceholder(name) ? (values[name] ?? '') : whole,
  );
}
