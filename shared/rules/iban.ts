/**
 * IBAN and BIC as typed by treasurers (copied from a RIB, with spaces, in lower
 * case, sometimes prefixed by "IBAN"). Validation is ibantools'; this module
 * only normalises input and turns its error codes into French sentences.
 */

import {
  getCountrySpecifications,
  isSEPACountry,
  isValidBIC,
  isValidIBAN,
  validateIBAN,
  ValidationErrorsIBAN,
} from 'ibantools';

/** Electronic form: no spaces or dashes, upper case, without a leading "IBAN" label. */
export function normalizeIban(text: string): string {
  return text
    .replace(/[\s\u00A0\u202F-]/g, '')
    .toUpperCase()
    .replace(/^IBAN:?/, '');
}

export function isValidIbanText(text: string): boolean {
  return isValidIBAN(normalizeIban(text));
}

/** True when the IBAN's country belongs to the SEPA zone (a SEPA transfer can reach it). */
export function isSepaIban(text: string): boolean {
  return isSEPACountry(normalizeIban(text).slice(0, 2));
}

/** Paper form, groups of four: "FR76 3000 6000 0112 3456 7890 189". */
export function formatIbanForDisplay(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?!$)/g, '$1 ');
}

export function normalizeBic(text: string): string {
  return text.replace(/[\s\u00A0\u202F]/g, '').toUpperCase();
}

export function isValidBicText(text: string): boolean {
  return isValidBIC(normalizeBic(text));
}

/**
 * The first thing wrong with an IBAN, in French, or null when it is valid.
 * Length comes before checksums: with a wrong length, a checksum error is noise.
 */
export function ibanError(text: string): string | null {
  const iban = normalizeIban(text);
  if (iban === '') return 'IBAN manquant';
  if (!/^[A-Z0-9]+$/.test(iban)) return 'IBAN invalide : seuls les lettres et les chiffres sont autorisés';
  const result = validateIBAN(iban);
  if (result.valid) return null;
  const codes = new Set(result.errorCodes);
  const country = iban.slice(0, 2);
  if (codes.has(ValidationErrorsIBAN.NoIBANProvided)) return 'IBAN manquant';
  if (codes.has(ValidationErrorsIBAN.NoIBANCountry))
    return `IBAN invalide : code pays « ${country} » inconnu`;
  if (codes.has(ValidationErrorsIBAN.WrongBBANLength)) {
    const expected = getCountrySpecifications()[country]?.chars;
    return expected
      ? `IBAN invalide : longueur incorrecte pour ce pays (${expected} caractères attendus pour ${country}, ${iban.length} saisis)`
      : 'IBAN invalide : longueur incorrecte pour ce pays';
  }
  if (codes.has(ValidationErrorsIBAN.WrongBBANFormat))
    return 'IBAN invalide : format du numéro de compte incorrect pour ce pays';
  if (codes.has(ValidationErrorsIBAN.ChecksumNotNumber))
    return 'IBAN invalide : les 3e et 4e caractères (clé) doivent être des chiffres';
  if (codes.has(ValidationErrorsIBAN.WrongIBANChecksum))
    return 'IBAN invalide : la clé de contrôle ne correspond pas';
  if (codes.has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return country === 'FR'
      ? 'IBAN invalide : la clé RIB ne correspond pas au numéro de compte'
      : 'IBAN invalide : la clé nationale du numéro de compte ne correspond pas';
  }
  return 'IBAN invalide';
}

/** The first thing wrong with a BIC, in French, or null when it is valid. */
export function bicError(text: string): string | null {
  const bic = normalizeBic(text);
  if (bic === '') return 'BIC manquant';
  if (!/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic))
    return 'BIC invalide : 8 ou 11 caractères attendus (ex. BNPAFRPPXXX)';
  return isValidBIC(bic) ? null : `BIC invalide : code pays « ${bic.slice(4, 6)} » inconnu`;
}
