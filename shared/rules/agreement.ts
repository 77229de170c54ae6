/**
 * Gender agreement of every word said about a person, from the civility on the file (« Mme »,
 * « M. », or none): one place for the documents, the screens and the messages.
 *
 * When the civility is unknown nothing is written « (e) ». Two cases:
 *  - a label naming a category (a role in a table, a status to choose, a column) keeps the
 *    masculine generic the regulatory texts use (« Suppléant », « Présent ») — it names the
 *    seat or the status, not the person;
 *  - a sentence about the person is turned so that no agreement is needed: « Je, Camille Roux,
 *    … » instead of « Je soussigné(e) », « le représentant ou la représentante des usagers »,
 *    an office (« présidence ») instead of its holder.
 */
import { attendanceRoleLabels, type AttendanceRole, type AttendanceStatus } from '../meetings/schemas';
import { mandateRoleLabels, type MandateRole } from '../register/schemas';

export type Gender = 'feminine' | 'masculine' | 'unknown';

export function genderOf(civility: string | null | undefined): Gender {
  if (civility === 'Mme') return 'feminine';
  if (civility === 'M.') return 'masculine';
  return 'unknown';
}

export interface Forms {
  masculine: string;
  feminine: string;
  /** Said when the civility is unknown; the masculine generic when left out. */
  unknown?: string;
}

/** The form of a word or phrase that agrees with the person of this civility. */
export function agree(civility: string | null | undefined, forms: Forms): string {
  const gender = genderOf(civility);
  if (gender === 'feminine') return forms.feminine;
  if (gender === 'masculine') return forms.masculine;
  return forms.unknown ?? forms.masculine;
}

const both = (masculine: string, feminine: string, unknown?: string): Forms => ({
  masculine,
  feminine,
  unknown,
});

// ------------------------------------------------------------------ mandate roles

/** The feminine of the roles that have one; the others (Titulaire, Membre…) are the same. */
const feminineRoles: Partial<Record<MandateRole, string>> = {
  suppleant: 'Suppléante',
  president: 'Présidente',
  vice_president: 'Vice-présidente',
  tresorier: 'Trésorière',
};

const isMandateRole = (role: string): role is MandateRole => Object.hasOwn(mandateRoleLabels, role);

/** Role of a mandate as the register says it: « Présidente » for a woman; « autre » says its own text. */
export function mandateRoleLabel(
  role: string,
  roleOther: string | null | undefined,
  civility: string | null | undefined,
): string {
  if (role === 'autre') return roleOther?.trim() || mandateRoleLabels.autre;
  if (!isMandateRole(role)) return role;
  const masculine = mandateRoleLabels[role];
  return agree(civility, { masculine, feminine: feminineRoles[role] ?? masculine });
}

// ------------------------------------------------------------- attendance status

const statusForms: Record<AttendanceStatus, Forms> = {
  present: both('Présent', 'Présente'),
  distance: both('Présent à distance', 'Présente à distance'),
  excuse: both('Excusé', 'Excusée'),
  absent: both('Absent', 'Absente'),
  remplace: both('Remplacé', 'Remplacée'),
};

/** « Présente », « Excusée »… for a woman. */
export function attendanceStatusLabel(status: AttendanceStatus, civility: string | null | undefined): string {
  return agree(civility, statusForms[status]);
}

/** The label of the grid's buttons, where « à distance » already says present. */
export function attendanceShortLabel(status: AttendanceStatus, civility: string | null | undefined): string {
  return status === 'distance' ? 'À distance' : attendanceStatusLabel(status, civility);
}

const roleForms: Record<AttendanceRole, Forms> = {
  participant: both(attendanceRoleLabels.participant, 'Participante'),
  animateur: both(attendanceRoleLabels.animateur, 'Animatrice / intervenante'),
};

/** How a person took part in a session: « Animatrice / intervenante » for a woman. */
export function attendanceRoleLabel(role: AttendanceRole, civility: string | null | undefined): string {
  return agree(civility, roleForms[role]);
}

// ------------------------------------------------------------- the association's offices

export type Office = 'president' | 'treasurer';

const officeForms: Record<Office, { holder: Forms; office: string }> = {
  president: { holder: both('Président', 'Présidente', 'Présidence'), office: 'la présidence' },
  treasurer: { holder: both('Trésorier', 'Trésorière', 'Trésorerie'), office: 'la trésorerie' },
};

/**
 * Offices as stored before this module, written with a parenthesised ending (the former default
 * of the attestations' signatory, kept in settings and in issued attestations): read back as
 * the office, said from the civility.
 */
const legacyOffices: Record<string, Office> = {
  'Président(e)': 'president',
  'Présidente(e)': 'president',
  'Trésorier(ère)': 'treasurer',
};

export function legacyOffice(role: string): Office | null {
  return legacyOffices[role.trim()] ?? null;
}

/**
 * Under a signature: « Présidente », « Président », or the office (« Présidence ») when the
 * civility of the person who holds it is not given.
 */
export function officeTitle(office: Office, civility: string | null | undefined): string {
  return agree(civility, officeForms[office].holder);
}

/** After a name inside a sentence: « présidente de », or « pour la présidence de » when unknown. */
export function officeInSentence(office: Office, civility: string | null | undefined): string {
  const title = officeTitle(office, civility);
  return genderOf(civility) === 'unknown' ? `pour ${officeForms[office].office} de` : `${title} de`;
}

// ------------------------------------------------------------------- sentences

/**
 * The opening of a signed statement: « Je soussignée Marie Roux », « Je soussigné Paul Roux »,
 * « Je, Camille Roux, » when the civility is unknown. `name` is printed as given.
 */
export function undersigned(civility: string | null | undefined, name: string): string {
  return agree(civility, {
    masculine: `Je soussigné ${name}`,
    feminine: `Je soussignée ${name}`,
    unknown: `Je, ${name},`,
  });
}

/** « représentante des usagers », or « qui représente les usagers » when unknown. */
export function usersRepresentative(civility: string | null | undefined): string {
  return agree(civility, {
    masculine: 'représentant des usagers',
    feminine: 'représentante des usagers',
    unknown: 'qui représente les usagers',
  });
}

/** Heading over a person's signature. */
export function representativeSignatureHeading(civility: string | null | undefined): string {
  return agree(civility, {
    masculine: 'Le représentant',
    feminine: 'La représentante',
    unknown: 'Signature du représentant ou de la représentante',
  });
}

/** Column or field label « Représentant » / « Représentante » (masculine generic when unknown). */
export function representativeLabel(civility: string | null | undefined): string {
  return agree(civility, both('Représentant', 'Représentante'));
}

/**
 * The profile of a person as said of them: « Patiente partenaire », « Paire-aidante » for a
 * woman when the profile has a feminine; the label (a category, masculine generic) otherwise.
 */
export function profileLabel(
  profile: { label: string; labelFeminine: string | null },
  civility: string | null | undefined,
): string {
  return agree(civility, both(profile.label, profile.labelFeminine ?? profile.label));
}

/** « Salariée » for a woman: the badge of employed people. */
export function employedLabel(civility: string | null | undefined): string {
  return agree(civility, both('Salarié', 'Salariée'));
}

/** « Archivée » for a woman's file. */
export function archivedLabel(civility: string | null | undefined): string {
  return agree(civility, both('Archivé', 'Archivée'));
}

/** Third-person pronoun: « elle », « il », or the name again when unknown. */
export function subjectPronoun(civility: string | null | undefined, name: string): string {
  return agree(civility, { masculine: 'il', feminine: 'elle', unknown: name });
}

/** « est notée excusée », « est noté excusé », or « a le statut « excusé » » when unknown. */
export function notedAs(status: AttendanceStatus, civility: string | null | undefined): string {
  const label = attendanceStatusLabel(status, civility).toLowerCase();
  return agree(civility, {
    masculine: `est noté ${label}`,
    feminine: `est notée ${label}`,
    unknown: `a le statut «\u00a0${label}\u00a0»`,
  });
}

/**
 * The volunteer's written renunciation (abandon de frais), the same on the screen where it is
 * recorded and on the printed état de frais.
 */
export function renunciationStatement(civility: string | null | undefined, name: string): string {
  return (
    `${undersigned(civility, name)} renonce au remboursement des frais ci-dessus et les laisse à ` +
    'l’association en tant que don.'
  );
}

/** « Signature de la bénévole », or « Signature » alone when the civility is unknown. */
export function volunteerSignatureHint(civility: string | null | undefined): string {
  return agree(civility, {
    masculine: 'Signature du bénévole',
    feminine: 'Signature de la bénévole',
    unknown: 'Signature',
  });
}
