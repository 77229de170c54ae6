/**
 * Reads one line of an import file into a person and a mandate, with every problem of the line
 * at once (so that one correction round is enough) and the changes the import makes to the
 * values of the file (warnings). The checks are the forms' own zod schemas.
 */
import type { z } from 'zod';
import {
  representativeInput,
  type RepresentativeData,
  type RepresentativeInput,
} from '../../shared/register/representative';
import { mandateInput, type MandateData, type MandateRole } from '../../shared/register/schemas';
import { importFields } from '../../shared/exchange/schemas';
import { foldForSearch } from '../../shared/rules/text';
import type { ImportField, ImportMapping } from '../../shared/exchange/types';
import { defaultEndDate } from '../../shared/register/register-rules';
import {
  cellOf,
  fieldLabel,
  normalisePostalCode,
  parseCivility,
  parseFrenchDate,
  parseRole,
  parseYesNo,
  roleChoices,
} from './import-rows';
import type { ProfileLookup } from './import-register';
import { profileKey } from '../../shared/register/profiles';

export interface InstanceRef {
  id: number;
  name: string;
  seatsTitulaire: number;
  seatsSuppleant: number;
  /** The term of the instance (its own, else its type's): the default end, as in the form. */
  mandateMonths: number | null;
}

export const personFieldNames: ImportField[] = importFields
  .filter((f) => f.group === 'personne')
  .map((f) => f.field);
export const mandateFieldNames: ImportField[] = importFields
  .filter((f) => f.group === 'mandat')
  .map((f) => f.field);

export function issuesMessages(issues: readonly z.core.$ZodIssue[]): string[] {
  const parts: string[] = [];
  for (const issue of issues) {
    const label = fieldLabel(String(issue.path[0] ?? ''));
    const text = `${label} : ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
    if (!parts.includes(text)) parts.push(text);
  }
  return parts;
}

export interface PersonReading {
  /** The valid person, or null when the line has a problem. */
  data: RepresentativeData | null;
  problems: string[];
  warnings: string[];
}

const blankPerson = (): RepresentativeInput => ({
  civility: '',
  lastName: '',
  firstName: '',
  employed: false,
  vehicles: [],
});

/** The person described by a line: its own cells, over the known person's data when updating. */
export function readPerson(
  cells: readonly string[],
  mapping: ImportMapping,
  base: RepresentativeData | null,
  profiles: ProfileLookup,
): PersonReading {
  const input: RepresentativeInput = base ? { ...base, vehicles: [] } : blankPerson();
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const field of personFieldNames) {
    if (mapping[field] == null) continue;
    const raw = cellOf(cells, mapping, field);
    // An empty cell never erases what the register already knows; the names matched already.
    if (base && (raw === '' || field === 'lastName' || field === 'firstName')) continue;
    switch (field) {
      case 'civility': {
        const civility = parseCivility(raw);
        if (civility === null) problems.push(`Civilité : « ${raw} » n’est pas reconnue (Mme ou M.)`);
        else input.civility = civility;
        break;
      }
      case 'employed': {
        const employed = parseYesNo(raw);
        if (employed === null) problems.push(`Salarié : « ${raw} » n’est pas reconnu (oui ou non)`);
        else input.employed = employed;
        break;
      }
      case 'profile': {
        // An empty cell: the default profile for a new person.
        if (raw === '') break;
        const found = profiles.byKey.get(profileKey(raw));
        if (!found) problems.push(`Profil : « ${raw} » n’est pas un profil connu (${profiles.choices})`);
        else if (found.archived && found.id !== base?.profileId)
          problems.push(
            `Profil : « ${found.label} » est archivé et n’est plus proposé (${profiles.choices})`,
          );
        else input.profileId = found.id;
        break;
      }
      case 'postalCode': {
        const code = normalisePostalCode(raw);
        if (code !== raw.replace(/\s+/g, '')) {
          warnings.push(
            `Code postal : « ${raw} » est complété en « ${code} » (le zéro du début avait disparu)`,
          );
        }
        input.postalCode = code;
        break;
      }
      default:
        (input as Record<string, unknown>)[field] = raw;
    }
  }
  // A file giving an employer without the "Salarié" column means the person is employed.
  if (mapping.employed == null && cellOf(cells, mapping, 'employer') !== '') input.employed = true;
  const parsed = representativeInput.safeParse(input);
  if (!parsed.success) problems.push(...issuesMessages(parsed.error.issues));
  return { data: parsed.success && problems.length === 0 ? parsed.data : null, problems, warnings };
}

export interface MandateReading {
  instance: InstanceRef;
  data: Omit<MandateData, 'representativeId'>;
  /** The end comes from the instance's term, the file giving none. */
  endComputed: boolean;
}

export interface LineReading extends PersonReading {
  /** The line describes a mandate (some of its mandate cells are filled). */
  hasMandate: boolean;
  /** The valid mandate, or null when the line has none or a problem. */
  mandate: MandateReading | null;
}

export function readLine(
  cells: readonly string[],
  mapping: ImportMapping,
  importsMandates: boolean,
  instances: ReadonlyMap<string, InstanceRef[]>,
  profiles: ProfileLookup,
  /** The current year, for dates written with two digits. */
  year: number,
): LineReading {
  const person = readPerson(cells, mapping, null, profiles);
  const problems = [...person.problems];
  const hasMandate = importsMandates && mandateFieldNames.some((f) => cellOf(cells, mapping, f) !== '');
  if (!hasMandate) return { ...person, hasMandate, mandate: null };

  const instanceText = cellOf(cells, mapping, 'instance');
  const found = instanceText ? (instances.get(foldForSearch(instanceText)) ?? []) : [];
  if (!instanceText) problems.push('Instance : le nom de l’instance est obligatoire pour un mandat');
  else if (found.length === 0)
    problems.push(
      `Instance : « ${instanceText} » n’existe pas dans le registre (créez-la d’abord ou corrigez son nom)`,
    );
  else if (found.length > 1)
    problems.push(
      `Instance : plusieurs instances s’appellent « ${instanceText} » ; renommez-les pour les distinguer`,
    );
  const instance = found.length === 1 ? (found[0] ?? null) : null;

  const roleText = cellOf(cells, mapping, 'role');
  const role: MandateRole | null = roleText ? parseRole(roleText) : null;
  if (!roleText) problems.push('Rôle : le rôle est obligatoire pour un mandat');
  else if (!role) problems.push(`Rôle : « ${roleText} » n’est pas reconnu (${roleChoices})`);

  const startText = cellOf(cells, mapping, 'startDate');
  const endText = cellOf(cells, mapping, 'endDate');
  const startDate = startText ? parseFrenchDate(startText, year) : null;
  const endDate = endText ? parseFrenchDate(endText, year) : null;
  if (!startText) problems.push('Début du mandat : la date de début est obligatoire');
  else if (!startDate) problems.push(`Début du mandat : « ${startText} » n’est pas une date (JJ/MM/AAAA)`);
  if (endText && !endDate) problems.push(`Fin du mandat : « ${endText} » n’est pas une date (JJ/MM/AAAA)`);

  let mandate: MandateReading | null = null;
  if (startDate && (!endText || endDate)) {
    // The form's schema on what the line gives: an end before the start, texts too long… The
    // instance and role stand in when unknown, their own problem being reported above.
    const checked = mandateInput.safeParse({
      representativeId: 1,
      instanceId: instance?.id ?? 1,
      role: role ?? 'titulaire',
      roleOther: null,
      startDate,
      // No end in the file: the instance's term, as the form proposes (open only without a term).
      endDate: endText ? endDate : defaultEndDate(startDate, instance?.mandateMonths ?? null),
      designatingAuthority: cellOf(cells, mapping, 'designatingAuthority'),
      designationReference: cellOf(cells, mapping, 'designationReference'),
      proposingAssociation: cellOf(cells, mapping, 'proposingAssociation'),
      notes: null,
      pairedMandateId: null,
      overCapacityJustification: null,
    });
    if (!checked.success) problems.push(...issuesMessages(checked.error.issues));
    else if (instance && role) {
      const { representativeId: _placeholder, ...data } = checked.data;
      mandate = { instance, data, endComputed: !endText && data.endDate !== null };
    }
  }
  const valid = problems.length === 0;
  return {
    data: valid ? person.data : null,
    problems,
    warnings: person.warnings,
    hasMandate,
    mandate: valid ? mandate : null,
  };
}
