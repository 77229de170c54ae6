/**
 * Profiles of the people of the register (what each person is for the association:
 * représentant des usagers, patiente partenaire, pair-aidant…), an editable list.
 */
import { z } from 'zod';
import { id, optionalText, requiredText } from '../fields';
import { foldForSearch } from '../rules/text';

export interface PersonProfile {
  id: number;
  code: string;
  label: string;
  /** Said of a woman where it differs (« Patiente partenaire »); null when the same. */
  labelFeminine: string | null;
  sortOrder: number;
  archived: boolean;
  /** People of the register (archived ones included) who have this profile. */
  personCount: number;
}

/** The profile a new person gets when nobody chose one. */
export const DEFAULT_PROFILE_CODE = 'representant_usagers';

/**
 * The profile proposed for a new person: « Représentant des usagers » while it is offered,
 * else the first profile still offered; null when every profile is archived.
 */
export function defaultProfile<P extends Pick<PersonProfile, 'code' | 'archived'>>(
  profiles: readonly P[],
): P | null {
  const offered = profiles.filter((p) => !p.archived);
  return offered.find((p) => p.code === DEFAULT_PROFILE_CODE) ?? offered[0] ?? null;
}

/** A label as a file may write it: « PAIRE AIDANTE » and « paire-aidante » are the same. */
export function profileKey(text: string): string {
  return foldForSearch(text)
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The keys a profile is known by in a file: its label and its feminine. */
export function profileKeys(profile: Pick<PersonProfile, 'label' | 'labelFeminine'>): string[] {
  const keys = [profileKey(profile.label)];
  if (profile.labelFeminine) keys.push(profileKey(profile.labelFeminine));
  return keys;
}

export const profileInput = z
  .object({
    label: requiredText(80, 'Le libellé est obligatoire (exemple : Patient partenaire)'),
    /** Left empty when the word is the same for a woman (« Bénévole »). */
    labelFeminine: optionalText(80),
  })
  .strict();
export type ProfileInput = z.input<typeof profileInput>;
export type ProfileData = z.output<typeof profileInput>;

export const profileMoveInput = z.object({ id, direction: z.enum(['up', 'down']) }).strict();
