import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  buildSepaCreditTransferXml,
  SepaInputError,
  transliterateSepa,
  validateSepaInput,
  type SepaCreditTransferInput,
  type SepaPayment,
} from '../../../shared/treasury/sepa-credit-transfer';
import { frenchIban, KNOWN_IBANS } from './iban-fixtures';
import { PAIN_001_XSD } from '../../helpers/sepa-schema';

const SCHEMA = PAIN_001_XSD;

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'porte-voix-sepa-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs xmllint against the official schema; throws with xmllint's message if the file is invalid. */
function expectSchemaValid(xml: string, name: string): void {
  const file = join(workDir, `${name}.xml`);
  writeFileSync(file, xml, 'utf8');
  const output = execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(output).toBe('');
}

function values(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map(
    (match) => match[1] ?? '',
  );
}

function payment(overrides: Partial<SepaPayment> = {}): SepaPayment {
  return {
    endToEndId: 'NDF-2025-0001',
    creditorName: 'Marie Curie',
    creditorIban: KNOWN_IBANS.fr,
    amountCents: 4250,
    remittanceInfo: 'Note de frais 2025-0001',
    ...overrides,
  };
}

function input(overrides: Partial<SepaCreditTransferInput> = {}): SepaCreditTransferInput {
  return {
    messageId: 'PV-20250314-001',
    createdAt: '2025-03-14T10:30:00',
    debtor: { name: 'Association des usagers', iban: frenchIban(10278, 6000, 12345678), bic: 'CMCIFR2A' },
    requestedExecutionDate: '2025-03-17',
    payments: [payment()],
    ...overrides,
  };
}

describe('buildSepaCreditTransferXml', () => {
  it('produces a schema-valid file with exact counts and sums', () => {
    const xml = buildSepaCreditTransferXml(
      input({
        payments: [
          payment({ endToEndId: 'E1', amountCents: 10 }),
          payment({ endToEndId: 'E2', amountCents: 20 }),
          payment({
            endToEndId: 'E3',
            amountCents: 123456,
            creditorIban: 'de89 3704 0044 0532 0130 00',
            creditorBic: 'cobadeffxxx',
          }),
          payment({ endToEndId: 'E4', amountCents: 1 }),
        ],
      }),
    );
    expectSchemaValid(xml, 'basic');
    expect(values(xml, 'NbOfTxs')).toEqual(['4', '4']);
    // 0,10 + 0,20 + 1 234,56 + 0,01 summed in integer cents, not floats.
    expect(values(xml, 'CtrlSum')).toEqual(['1234.87', '1234.87']);
    expect(values(xml, 'InstdAmt')).toEqual(['0.10', '0.20', '1234.56', '0.01']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">0.10</InstdAmt>');
    expect(values(xml, 'IBAN')).toEqual([
      frenchIban(10278, 6000, 12345678),
      KNOWN_IBANS.fr,
      KNOWN_IBANS.fr,
      KNOWN_IBANS.de,
      KNOWN_IBANS.fr,
    ]);
    expect(values(xml, 'MsgId')).toEqual(['PV-20250314-001']);
    expect(values(xml, 'PmtInfId')).toEqual(['PV-20250314-001']);
    expect(values(xml, 'ReqdExctnDt')).toEqual(['2025-03-17']);
    expect(values(xml, 'ChrgBr')).toEqual(['SLEV']);
    expect(values(xml, 'Cd')).toEqual(['SEPA']);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"',
      ),
    ).toBe(true);
  });

  it('names agents by BIC when given, NOTPROVIDED for a debtor without BIC, no creditor agent without BIC', () => {
    const withBic = buildSepaCreditTransferXml(input({ payments: [payment({ creditorBic: 'BNPAFRPP' })] }));
    expect(values(withBic, 'BIC')).toEqual(['CMCIFR2A', 'BNPAFRPP']);
    expect(withBic).toContain('<CdtrAgt>');
    expectSchemaValid(withBic, 'with-bic');

    const withoutBic = buildSepaCreditTransferXml(
      input({ debtor: { name: 'Asso', iban: KNOWN_IBANS.fr }, payments: [payment({ creditorBic: '  ' })] }),
    );
    expect(withoutBic).not.toContain('<BIC>');
    expect(withoutBic).not.toContain('<CdtrAgt>');
    expect(withoutBic.replace(/\s+/g, '')).toContain(
      '<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>',
    );
    expectSchemaValid(withoutBic, 'without-bic');
  });

  it('transliterates accented names and escapes what XML needs', () => {
    const xml = buildSepaCreditTransferXml(
      input({
        debtor: { name: 'Association « Les Œillets » & Cie', iban: KNOWN_IBANS.fr },
        payments: [
          payment({
            creditorName: 'Hélène Lefèvre-Brûlé <trésorière>',
            remittanceInfo: 'Frais CDU – hôpital Saint-Éloi, séance du 3/02 : 12 €',
          }),
          payment({
            endToEndId: 'E2',
            creditorName: "L'Haÿ & Straße d’Ærø",
            remittanceInfo: 'Remboursement "urgent"',
          }),
        ],
      }),
    );
    expectSchemaValid(xml, 'accents');
    expect(values(xml, 'Nm')).toEqual([
      'Association Les OEillets + Cie',
      'Association Les OEillets + Cie',
      'Helene Lefevre-Brule tresoriere',
      'L&apos;Hay + Strasse d&apos;AEro',
    ]);
    expect(values(xml, 'Ustrd')).toEqual([
      'Frais CDU - hopital Saint-Eloi, seance du 3/02 : 12 EUR',
      'Remboursement urgent',
    ]);
    // Nothing outside ASCII remains anywhere in the file.
    expect(/[^\t\n\r -~]/.test(xml)).toBe(false);
  });

  it('truncates names to 70 and remittance to 140 characters', () => {
    const longName = `Établissement ${'très '.repeat(30)}long`;
    const longText = `Remboursement ${'des frais de déplacement '.repeat(10)}`;
    const xml = buildSepaCreditTransferXml(
      input({
        debtor: { name: longName, iban: KNOWN_IBANS.fr },
        payments: [payment({ creditorName: longName, remittanceInfo: longText })],
      }),
    );
    expectSchemaValid(xml, 'long');
    for (const name of values(xml, 'Nm')) {
      expect(name.length).toBeLessThanOrEqual(70);
      expect(name.startsWith('Etablissement tres tres')).toBe(true);
      expect(name.endsWith(' ')).toBe(false);
    }
    const [remittance = ''] = values(xml, 'Ustrd');
    expect(remittance.length).toBeLessThanOrEqual(140);
    expect(remittance).toBe(transliterateSepa(longText).slice(0, 140).trimEnd());
  });

  it('leaves out remittance information when there is none', () => {
    const xml = buildSepaCreditTransferXml(input({ payments: [payment({ remittanceInfo: '  ' })] }));
    expect(xml).not.toContain('<RmtInf>');
    expectSchemaValid(xml, 'no-remittance');
  });

  it('writes the batch booking flag only when chosen', () => {
    expect(buildSepaCreditTransferXml(input())).not.toContain('BtchBookg');
    const batched = buildSepaCreditTransferXml(input({ batchBooking: true }));
    expect(values(batched, 'BtchBookg')).toEqual(['true']);
    expectSchemaValid(batched, 'batch-true');
    const single = buildSepaCreditTransferXml(input({ batchBooking: false, paymentInfoId: 'LOT-1' }));
    expect(values(single, 'BtchBookg')).toEqual(['false']);
    expect(values(single, 'PmtInfId')).toEqual(['LOT-1']);
    expectSchemaValid(single, 'batch-false');
  });

  it('accepts date-times with milliseconds and time zones', () => {
    for (const createdAt of ['2025-03-14T10:30:00.123Z', '2025-03-14T10:30:00+01:00']) {
      const xml = buildSepaCreditTransferXml(input({ createdAt }));
      expect(values(xml, 'CreDtTm')).toEqual([createdAt]);
      expectSchemaValid(xml, `date-${createdAt.length}`);
    }
  });

  it('handles 1 000 payees with an exact control sum', () => {
    const payments: SepaPayment[] = [];
    let expected = 0;
    for (let index = 0; index < 1000; index += 1) {
      const amountCents = 1 + ((index * 7919) % 250000);
      expected += amountCents;
      payments.push({
        endToEndId: `NDF-2025-${String(index).padStart(5, '0')}`,
        creditorName: `Bénévole n° ${index} Dupré-Œuvrard`,
        creditorIban: frenchIban(30004, 1000 + index, 10_000_000 + index),
        creditorBic: index % 3 === 0 ? 'BNPAFRPP' : undefined,
        amountCents,
        remittanceInfo: `Frais de déplacement ${index} – séances CDU/CTS`,
      });
    }
    const xml = buildSepaCreditTransferXml(input({ payments }));
    expectSchemaValid(xml, 'thousand');
    expect(values(xml, 'NbOfTxs')).toEqual(['1000', '1000']);
    const [controlSum = ''] = values(xml, 'CtrlSum');
    expect(controlSum).toBe(`${Math.trunc(expected / 100)}.${String(expected % 100).padStart(2, '0')}`);
    const amountsInCents = values(xml, 'InstdAmt').map((amount) => Number(amount.replace('.', '')));
    expect(amountsInCents.reduce((sum, cents) => sum + cents, 0)).toBe(expected);
    expect(values(xml, 'EndToEndId')).toHaveLength(1000);
  });

  it('is really checked by xmllint (a tampered file fails)', () => {
    const tampered = buildSepaCreditTransferXml(input()).replace(
      '<PmtMtd>TRF</PmtMtd>',
      '<PmtMtd>XXX</PmtMtd>',
    );
    expect(() => expectSchemaValid(tampered, 'tampered')).toThrow(/fails to validate/);
  });

  it('refuses to build a file with problems, listing them in French', () => {
    try {
      buildSepaCreditTransferXml(input({ payments: [] }));
      throw new Error('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(SepaInputError);
      expect((error as SepaInputError).problems).toEqual(['Aucun paiement à émettre']);
      expect((error as SepaInputError).message).toContain('Aucun paiement à émettre');
    }
  });
});

describe('validateSepaInput', () => {
  it('accepts a correct input', () => {
    expect(validateSepaInput(input())).toEqual([]);
  });

  it('refuses amounts that are not positive whole cents, or above the SEPA maximum', () => {
    const problems = validateSepaInput(
      input({
        payments: [
          payment({ endToEndId: 'A', amountCents: 0 }),
          payment({ endToEndId: 'B', amountCents: -500 }),
          payment({ endToEndId: 'C', amountCents: 12.5 }),
          payment({ endToEndId: 'D', amountCents: 100_000_000_000 }),
          payment({ endToEndId: 'E', amountCents: 99_999_999_999 }),
        ],
      }),
    );
    expect(problems).toEqual([
      'Paiement n° 1 (Marie Curie) : le montant doit être strictement positif',
      'Paiement n° 2 (Marie Curie) : le montant doit être strictement positif',
      'Paiement n° 3 (Marie Curie) : le montant doit être un nombre entier de centimes',
      'Paiement n° 4 (Marie Curie) : montant supérieur au maximum d’un virement SEPA (999 999 999,99 €)',
    ]);
  });

  it('refuses invalid and non-SEPA IBANs and bad BICs', () => {
    const problems = validateSepaInput(
      input({
        debtor: { name: 'Asso', iban: 'FR7630006000011234567890188', bic: 'XYZ' },
        payments: [
          payment({ endToEndId: 'A', creditorIban: 'BR1800360305000010009795493C1' }),
          payment({ endToEndId: 'B', creditorIban: 'FR76 3000 6000', creditorBic: 'BNPAZZPP' }),
        ],
      }),
    );
    expect(problems).toEqual([
      'Compte à débiter : IBAN invalide : la clé de contrôle ne correspond pas',
      'Compte à débiter : BIC invalide : 8 ou 11 caractères attendus (ex. BNPAFRPPXXX)',
      'Paiement n° 1 (Marie Curie) : IBAN hors de la zone SEPA',
      'Paiement n° 2 (Marie Curie) : IBAN invalide : longueur incorrecte pour ce pays (27 caractères attendus pour FR, 12 saisis)',
      'Paiement n° 2 (Marie Curie) : BIC invalide : code pays « ZZ » inconnu',
    ]);
  });

  it('checks identifiers: length, characters, slashes, duplicates', () => {
    const problems = validateSepaInput(
      input({
        messageId: 'X'.repeat(36),
        paymentInfoId: 'Lot été',
        payments: [
          payment({ endToEndId: '' }),
          payment({ endToEndId: '/NDF-1' }),
          payment({ endToEndId: 'NDF//1' }),
          payment({ endToEndId: 'NDF-1' }),
          payment({ endToEndId: 'NDF-1', creditorName: '' }),
        ],
      }),
    );
    expect(problems).toEqual([
      'Identifiant du message trop long (36 caractères, 35 au plus)',
      "Identifiant du lot de paiements : caractères non autorisés (lettres sans accent, chiffres et / - ? : ( ) . , ' + espace)",
      'Paiement n° 1 (Marie Curie) : référence de bout en bout manquant',
      'Paiement n° 2 (Marie Curie) : référence de bout en bout : ne doit ni commencer ni finir par « / », ni contenir « // »',
      'Paiement n° 3 (Marie Curie) : référence de bout en bout : ne doit ni commencer ni finir par « / », ni contenir « // »',
      'Paiement n° 5 : référence de bout en bout « NDF-1 » déjà utilisée dans ce fichier',
      'Paiement n° 5 : nom du bénéficiaire manquant',
    ]);
  });

  it('checks dates and the debtor name', () => {
    const problems = validateSepaInput(
      input({
        createdAt: '14/03/2025 10:30',
        requestedExecutionDate: '2025-02-30',
        debtor: { name: '🙂', iban: KNOWN_IBANS.fr },
      }),
    );
    expect(problems).toEqual([
      'Date de création invalide : « 14/03/2025 10:30 » (format AAAA-MM-JJTHH:MM:SS attendu)',
      'Date d’exécution invalide : « 2025-02-30 » (format AAAA-MM-JJ attendu)',
      'Compte à débiter : nom du titulaire manquant',
    ]);
  });
});
