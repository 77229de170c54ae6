/**
 * How strong a passphrase is, said plainly. One rule for the form (shown while typing) and the
 * main process (which refuses a weak one). A rough estimate of the guesses needed: length times
 * the variety of characters, lowered for repeats and the commonest keyboard runs.
 */
export type PassphraseStrength = 'trop-courte' | 'faible' | 'correcte' | 'forte';

export const MIN_PASSPHRASE_LENGTH = 12;

const COMMON_RUNS = ['123456', 'azerty', 'qwerty', 'motdepasse', 'password', 'abcdef', 'portevoix'];

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  if (chars.length < MIN_PASSPHRASE_LENGTH) return 'trop-courte';
  const flat = passphrase
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s-]/g, '');
  if (new Set(chars).size < 6 || COMMON_RUNS.some((run) => flat.includes(run))) return 'faible';
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) pool += 33;
  const variety = new Set(chars).size / chars.length;
  const bits = chars.length * Math.log2(pool) * Math.min(1, 0.5 + variety);
  if (bits < 60) return 'faible';
  return bits < 85 ? 'correcte' : 'forte';
}

export const passphraseStrengthText: Record<PassphraseStrength, string> = {
  'trop-courte': `Trop courte : ${MIN_PASSPHRASE_LENGTH} caractères au minimum.`,
  faible: 'Faible : elle serait trop facile à deviner. Allongez-la ou ajoutez des mots.',
  correcte: 'Correcte : acceptée. Un ou deux mots de plus la rendraient forte.',
  forte: 'Forte.',
};

export const PASSPHRASE_ADVICE =
  'Conseil : quatre ou cinq mots sans rapport entre eux, par exemple « girafe tambour lundi escalier », font une phrase forte et facile à retenir.';

/** Null when acceptable, otherwise the French reason. */
export function passphraseProblem(passphrase: string): string | null {
  const strength = passphraseStrength(passphrase);
  return strength === 'trop-courte' || strength === 'faible' ? passphraseStrengthText[strength] : null;
}
