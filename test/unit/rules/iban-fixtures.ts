/**
 * Builds valid French IBANs for tests (RIB key then IBAN key), so SEPA tests
 * can use thousands of distinct accounts without a hand-kept list.
 */

function mod97(digits: string): bigint {
  return BigInt(digits) % 97n;
}

/** IBAN check digits for a country and BBAN made of digits only. */
export function ibanCheckDigits(country: string, bban: string): string {
  const letters = [...country].map((char) => String(char.charCodeAt(0) - 55)).join('');
  return String(98n - mod97(`${bban}${letters}00`)).padStart(2, '0');
}

/** A valid FR IBAN from bank code, branch code and an 11-digit account number. */
export function frenchIban(bank: number, branch: number, account: number): string {
  const bankText = String(bank).padStart(5, '0');
  const branchText = String(branch).padStart(5, '0');
  const accountText = String(account).padStart(11, '0');
  const ribKey = 97n - ((89n * BigInt(bankText) + 15n * BigInt(branchText) + 3n * BigInt(accountText)) % 97n);
  const bban = `${bankText}${branchText}${accountText}${String(ribKey).padStart(2, '0')}`;
  return `FR${ibanCheckDigits('FR', bban)}${bban}`;
}

/** Well-known valid IBANs from banks' documentation. */
export const KNOWN_IBANS = {
  fr: 'FR7630006000011234567890189',
  de: 'DE89370400440532013000',
  be: 'BE68539007547034',
  gb: 'GB29NWBK60161331926819',
} as const;

/** A FR IBAN whose IBAN key is right but whose RIB key is deliberately wrong. */
export function frenchIbanWithWrongRibKey(): string {
  const bban = '30006000011234567890188'; // RIB key 89 expected
  return `FR${ibanCheckDigits('FR', bban)}${bban}`;
}
