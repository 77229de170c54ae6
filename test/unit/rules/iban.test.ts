import {
  bicError,
  formatIbanForDisplay,
  ibanError,
  isSepaIban,
  isValidBicText,
  isValidIbanText,
  normalizeBic,
  normalizeIban,
} from '../../../shared/rules/iban';
import { frenchIban, frenchIbanWithWrongRibKey, KNOWN_IBANS } from './iban-fixtures';

describe('normalizeIban', () => {
  it('removes spaces (including no-break ones) and dashes, upper-cases, drops an "IBAN" label', () => {
    expect(normalizeIban(' fr76 3000 6000 0112 3456 7890 189 ')).toBe(KNOWN_IBANS.fr);
    expect(normalizeIban('FR76\u00A03000\u202F6000-0112-3456-7890-189')).toBe(KNOWN_IBANS.fr);
    expect(normalizeIban('IBAN : FR76 3000 6000 0112 3456 7890 189')).toBe(KNOWN_IBANS.fr);
  });
});

describe('isValidIbanText', () => {
  it('accepts valid IBANs however they are typed', () => {
    for (const iban of Object.values(KNOWN_IBANS)) expect(isValidIbanText(iban)).toBe(true);
    expect(isValidIbanText('fr76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIbanText(frenchIban(10278, 6000, 12345678))).toBe(true);
  });

  it('refuses invalid ones', () => {
    expect(isValidIbanText('FR7630006000011234567890188')).toBe(false);
    expect(isValidIbanText('')).toBe(false);
    expect(isValidIbanText('not an iban')).toBe(false);
  });
});

describe('ibanError', () => {
  it('is null for a valid IBAN', () => {
    expect(ibanError('FR76 3000 6000 0112 3456 7890 189')).toBeNull();
  });

  it('names the problem in French', () => {
    expect(ibanError('  ')).toBe('IBAN manquant');
    expect(ibanError('FR76*3000')).toBe('IBAN invalide : seuls les lettres et les chiffres sont autorisés');
    expect(ibanError('ZZ7630006000011234567890189')).toBe('IBAN invalide : code pays « ZZ » inconnu');
    expect(ibanError('FR763000600001123456789018')).toBe(
      'IBAN invalide : longueur incorrecte pour ce pays (27 caractères attendus pour FR, 26 saisis)',
    );
    expect(ibanError('FR7A30006000011234567890189')).toBe(
      'IBAN invalide : les 3e et 4e caractères (clé) doivent être des chiffres',
    );
    expect(ibanError('FR7730006000011234567890189')).toBe(
      'IBAN invalide : la clé de contrôle ne correspond pas',
    );
    expect(ibanError(frenchIbanWithWrongRibKey())).toBe(
      'IBAN invalide : la clé RIB ne correspond pas au numéro de compte',
    );
    expect(ibanError('DE8937040044053201300X')).toBe(
      'IBAN invalide : format du numéro de compte incorrect pour ce pays',
    );
  });

  it('blames the digits typed wrong: a swapped pair breaks the key', () => {
    expect(ibanError('FR7630006000011234567890198')).toBe(
      'IBAN invalide : la clé de contrôle ne correspond pas',
    );
  });
});

describe('isSepaIban', () => {
  it('tells SEPA countries apart', () => {
    expect(isSepaIban(KNOWN_IBANS.fr)).toBe(true);
    expect(isSepaIban(KNOWN_IBANS.gb)).toBe(true);
    expect(isSepaIban('BR1800360305000010009795493C1')).toBe(false);
  });
});

describe('formatIbanForDisplay', () => {
  it('groups by four', () => {
    expect(formatIbanForDisplay('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(formatIbanForDisplay('DE89 3704 0044 0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
  });
});

describe('BIC', () => {
  it('accepts 8 and 11 characters, any case and spacing', () => {
    expect(isValidBicText('BNPAFRPP')).toBe(true);
    expect(isValidBicText('bnpa fr pp xxx')).toBe(true);
    expect(normalizeBic(' agri fr pp 882 ')).toBe('AGRIFRPP882');
    expect(bicError('CCBPFRPPMTG')).toBeNull();
  });

  it('refuses malformed BICs in French', () => {
    expect(isValidBicText('BNPAFRP')).toBe(false);
    expect(bicError('')).toBe('BIC manquant');
    expect(bicError('BNP4FRPP')).toBe('BIC invalide : 8 ou 11 caractères attendus (ex. BNPAFRPPXXX)');
    expect(bicError('BNPAZZPP')).toBe('BIC invalide : code pays « ZZ » inconnu');
  });
});
