/**
 * Checks on the French identifiers an association types into its settings and
 * into people's records (SIREN/SIRET and RNA for the reçu fiscal, postal codes,
 * e-mail, phone). Users paste these from letters and websites, so spaces,
 * dots and dashes used as visual separators are tolerated.
 */

/** Removes the separators people put in identifiers: spaces of any kind, dots, dashes. */
function compact(text: string): string {
  return text.replace(/[\s.\-\u00A0\u202F]/g, '');
}

/** Luhn checksum over a string of digits (the algorithm INSEE uses for SIREN and SIRET). */
export function hasValidLuhnChecksum(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** SIREN: 9 digits with a Luhn key. */
export function isValidSiren(text: string): boolean {
  const digits = compact(text);
  return /^\d{9}$/.test(digits) && hasValidLuhnChecksum(digits);
}

/** La Poste's SIREN: its thousands of establishments were numbered before the Luhn rule and use a digit-sum rule. */
const LA_POSTE_SIREN = '356000000';

export interface SiretOptions {
  /** Accepts La Poste establishments (SIREN 356000000) whose digits sum to a multiple of 5. Default true. */
  laPosteException?: boolean;
}

/** SIRET: 14 digits (SIREN + NIC) with a Luhn key over all 14, except for La Poste. */
export function isValidSiret(text: string, options: SiretOptions = {}): boolean {
  const digits = compact(text);
  if (!/^\d{14}$/.test(digits)) return false;
  if (hasValidLuhnChecksum(digits)) return true;
  if (options.laPosteException === false || !digits.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (const char of digits) sum += char.charCodeAt(0) - 48;
  return sum % 5 === 0;
}

/**
 * RNA number (Répertoire national des associations): "W" and 9 characters.
 * Mainland numbers are all digits (W751234567); the third character is the
 * register's department code and can be a letter for Corsica and overseas
 * registers (W2A…, W9R…), so a letter is accepted there only.
 */
export function isValidRna(text: string): boolean {
  return /^W\d[0-9A-Z]\d{7}$/.test(compact(text).toUpperCase());
}

/** Normalised RNA ("w 751 234 567" → "W751234567"), or null when it is not one. */
export function normalizeRna(text: string): string | null {
  const value = compact(text).toUpperCase();
  return isValidRna(value) ? value : null;
}

/**
 * French postal code: 5 digits, from 01000 up (Monaco's 980xx included).
 * Corsica uses 20xxx in postal codes; 2A/2B exist only in INSEE department codes.
 */
export function isValidFrenchPostalCode(text: string): boolean {
  const value = text.trim();
  return /^\d{5}$/.test(value) && !value.startsWith('00');
}

/**
 * Pragmatic e-mail check: one @, a local part without spaces, a domain of
 * dot-separated labels ending in a letter TLD. Deliberately not RFC 5322:
 * quoted local parts and IP literals are never what a volunteer means.
 */
export function isValidEmail(text: string): boolean {
  const value = text.trim();
  if (value.length > 254) return false;
  const match = /^([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/.exec(value);
  if (!match) return false;
  const [, local = '', domain = ''] = match;
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (!/^[A-Za-z]{2,}$/.test(tld) && !/^xn--[A-Za-z0-9-]+$/.test(tld)) return false;
  return labels.every(
    (label) => label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-'),
  );
}

/** Overseas departments (Réunion and Mayotte share +262) dialled by their own country code but numbered in the French national plan. */
const OVERSEAS_COUNTRY_CODES = ['262', '590', '594', '596'];

/**
 * A French phone number for display, "06 12 34 56 78", from what people type:
 * "0612345678", "06.12.34.56.78", "+33 6 12 34 56 78", "0033 (0)6 …",
 * "+262 692 12 34 56". Null when it is not a French number.
 */
export function normalizePhoneFr(text: string): string | null {
  let value = text.trim().replace(/[\s.\-/()\u00A0\u202F]/g, '');
  // "+33 (0)6…" leaves "+3306…" once parentheses go: the trunk 0 is redundant there.
  value = value.replace(/^(?:\+|00)(33|262|590|594|596)0(?=\d{9}$)/, '+$1');
  let national: string | null = null;
  const international = /^(?:\+|00)(\d{2,3})(\d{9})$/.exec(value);
  if (international) {
    const [, country = '', subscriber = ''] = international;
    if (country === '33' || OVERSEAS_COUNTRY_CODES.includes(country)) national = `0${subscriber}`;
  } else if (/^0[1-9]\d{8}$/.test(value)) {
    national = value;
  }
  if (national === null || !/^0[1-9]\d{8}$/.test(national)) return null;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}
