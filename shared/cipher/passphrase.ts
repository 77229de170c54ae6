/**
 * How strong a passphrase is, said plainly. One rule for the form (shown while typing) and the
 * main process (which refuses a weak one). A rough estimate of the guesses needed, in bits:
 * words of lowercase letters count like natural language (2.5 bits a letter, or 12 bits a word
 * for four words or more), digits 3.3 bits, other characters the size of their alphabet;
 * repeats and the commonest keyboard runs make it weak. Thresholds: weak under 35 bits, strong
 * from 50 (the file's key derivation, 256 000 PBKDF2 rounds, adds about 18 to each guess).
 */
export type PassphraseStrength = 'trop-courte' | 'faible' | 'correcte' | 'forte';

export const MIN_PASSPHRASE_LENGTH = 12;

const COMMON_RUNS = ['123456', 'azerty', 'qwerty', 'motdepasse', 'password', 'abcdef', 'portevoix'];

function estimatedBits(passphrase: string): number {
  const chars = [...passphrase];
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[^a-zA-Z0-9\s]/.test(passphrase)) pool += 33;
  const perChar = Math.log2(Math.max(pool, 26));
  let bits = 0;
  for (const token of passphrase.match(/\p{Ll}{4,}|\d|\s|./gu) ?? []) {
    if (/^\s$/u.test(token)) continue;
    if (token.length >= 4) bits += [...token].length * 2.5;
    else if (/^\d$/.test(token)) bits += Math.log2(10);
    else bits += perChar;
  }
  const words = passphrase.split(/\s+/).filter((w) => [...w].length >= 3).length;
  const variety = Math.min(1, 0.5 + new Set(chars).size / chars.length);
  return Math.max(bits * variety, words >= 4 ? words * 12 : 0);
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  if (chars.length < MIN_PASSPHRASE_LENGTH) return 'trop-courte';
  const flat = passphrase
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s-]/g, '');
  if (new Set(chars).size < 6 || COMMON_RUNS.some((run) => flat.includes(run))) return 'faible';
  const bits = estimatedBits(passphrase);
  if (bits < 35) return 'faible';
  return bits < 50 ? 'correcte' : 'forte';
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
