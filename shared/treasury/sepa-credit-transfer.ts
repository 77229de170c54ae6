/**
 * SEPA credit-transfer file (ISO 20022 pain.001.001.03) paying many claims in
 * one upload. One payment-information block: one debtor account, one
 * execution date. EPC rules on top of the schema are enforced here: EUR only,
 * amounts with two decimals, names ≤ 70, remittance ≤ 140, identifiers ≤ 35
 * characters of the SEPA Latin subset.
 */

import { bicError, ibanError, isSepaIban, normalizeBic, normalizeIban } from '../rules/iban';
import { escapeXml, isSepaText, sepaTextMax } from './sepa-text';

export { transliterateSepa } from './sepa-text';

export interface SepaDebtor {
  name: string;
  iban: string;
  bic?: string;
}

export interface SepaPayment {
  endToEndId: string;
  creditorName: string;
  creditorIban: string;
  creditorBic?: string;
  amountCents: number;
  remittanceInfo: string;
}

export interface SepaCreditTransferInput {
  messageId: string;
  /** ISO date-time, e.g. new Date().toISOString(). */
  createdAt: string;
  debtor: SepaDebtor;
  requestedExecutionDate: string;
  /** true: the bank statement shows one debit for the whole file; false: one per payment. Omitted: bank default. */
  batchBooking?: boolean;
  /** Identifier of the payment block; defaults to messageId (a file holds a single block). */
  paymentInfoId?: string;
  payments: readonly SepaPayment[];
}

export const SEPA_NAME_MAX = 70;
export const SEPA_REMITTANCE_MAX = 140;
export const SEPA_IDENTIFIER_MAX = 35;
/** EPC maximum for one SEPA credit transfer: 999 999 999,99 €. */
export const SEPA_MAX_AMOUNT_CENTS = 99_999_999_999;

export class SepaInputError extends Error {
  override readonly name = 'SepaInputError';
  constructor(readonly problems: readonly string[]) {
    super(`Fichier de virement impossible à produire :\n- ${problems.join('\n- ')}`);
  }
}

/** Why an identifier would be rejected by a bank, or null. */
function identifierError(value: string, label: string): string | null {
  if (value === '') return `${label} manquant`;
  if (value.length > SEPA_IDENTIFIER_MAX)
    return `${label} trop long (${value.length} caractères, ${SEPA_IDENTIFIER_MAX} au plus)`;
  // Identifiers are matched by banks as given, so they are refused rather than transliterated.
  if (!isSepaText(value))
    return `${label} : caractères non autorisés (lettres sans accent, chiffres et / - ? : ( ) . , ' + espace)`;
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) {
    return `${label} : ne doit ni commencer ni finir par « / », ni contenir « // »`;
  }
  return null;
}

function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, year = '', month = '', day = ''] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

function isValidIsoDateTime(text: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/.exec(
      text,
    );
  return match !== null && isValidIsoDate(match[1] ?? '');
}

function accountErrors(iban: string, bic: string | undefined, who: string): string[] {
  const errors: string[] = [];
  const problem = ibanError(iban);
  if (problem) errors.push(`${who} : ${problem}`);
  else if (!isSepaIban(iban)) errors.push(`${who} : IBAN hors de la zone SEPA`);
  if (bic !== undefined && bic.trim() !== '') {
    const bicProblem = bicError(bic);
    if (bicProblem) errors.push(`${who} : ${bicProblem}`);
  }
  return errors;
}

/** Everything that prevents producing a file the bank will accept, in French; empty when fine. */
export function validateSepaInput(input: SepaCreditTransferInput): string[] {
  const errors: string[] = [];
  const push = (problem: string | null): void => {
    if (problem) errors.push(problem);
  };
  push(identifierError(input.messageId, 'Identifiant du message'));
  if (input.paymentInfoId !== undefined)
    push(identifierError(input.paymentInfoId, 'Identifiant du lot de paiements'));
  if (!isValidIsoDateTime(input.createdAt))
    errors.push(`Date de création invalide : « ${input.createdAt} » (format AAAA-MM-JJTHH:MM:SS attendu)`);
  if (!isValidIsoDate(input.requestedExecutionDate)) {
    errors.push(
      `Date d’exécution invalide : « ${input.requestedExecutionDate} » (format AAAA-MM-JJ attendu)`,
    );
  }
  if (sepaTextMax(input.debtor.name, SEPA_NAME_MAX) === '')
    errors.push('Compte à débiter : nom du titulaire manquant');
  errors.push(...accountErrors(input.debtor.iban, input.debtor.bic, 'Compte à débiter'));

  if (input.payments.length === 0) errors.push('Aucun paiement à émettre');
  const seenIds = new Set<string>();
  input.payments.forEach((payment, index) => {
    const name = payment.creditorName.trim();
    const who = `Paiement n° ${index + 1}${name ? ` (${name})` : ''}`;
    const idProblem = identifierError(payment.endToEndId, 'référence de bout en bout');
    if (idProblem) errors.push(`${who} : ${idProblem}`);
    else if (seenIds.has(payment.endToEndId))
      errors.push(
        `${who} : référence de bout en bout « ${payment.endToEndId} » déjà utilisée dans ce fichier`,
      );
    seenIds.add(payment.endToEndId);
    if (sepaTextMax(payment.creditorName, SEPA_NAME_MAX) === '')
      errors.push(`${who} : nom du bénéficiaire manquant`);
    errors.push(...accountErrors(payment.creditorIban, payment.creditorBic, who));
    if (!Number.isSafeInteger(payment.amountCents))
      errors.push(`${who} : le montant doit être un nombre entier de centimes`);
    else if (payment.amountCents <= 0) errors.push(`${who} : le montant doit être strictement positif`);
    else if (payment.amountCents > SEPA_MAX_AMOUNT_CENTS)
      errors.push(`${who} : montant supérieur au maximum d’un virement SEPA (999 999 999,99 €)`);
  });
  return errors;
}

/** Integer cents as the schema's decimal with exactly two decimals: 123456n → "1234.56". */
function formatAmount(cents: bigint): string {
  const euros = cents / 100n;
  const rest = cents % 100n;
  return `${euros}.${rest.toString().padStart(2, '0')}`;
}

function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`;
}

/** EPC allows "NOTPROVIDED" in place of a BIC for an IBAN-only transfer inside the EEA. */
function agent(bic: string | undefined): string[] {
  const normalized = bic === undefined ? '' : normalizeBic(bic);
  const identification =
    normalized !== ''
      ? [element('BIC', normalized)]
      : ['<Othr>', `  ${element('Id', 'NOTPROVIDED')}`, '</Othr>'];
  return ['<FinInstnId>', ...identification.map((line) => `  ${line}`), '</FinInstnId>'];
}

function indent(lines: readonly string[], depth: number): string[] {
  const prefix = '  '.repeat(depth);
  return lines.map((line) => prefix + line);
}

function transaction(payment: SepaPayment): string[] {
  const lines = [
    '<CdtTrfTxInf>',
    '  <PmtId>',
    `    ${element('EndToEndId', payment.endToEndId)}`,
    '  </PmtId>',
    '  <Amt>',
    `    <InstdAmt Ccy="EUR">${formatAmount(BigInt(payment.amountCents))}</InstdAmt>`,
    '  </Amt>',
  ];
  // Creditor agent is optional in the schema; EPC wants it only when a BIC is known.
  const bic = payment.creditorBic === undefined ? '' : normalizeBic(payment.creditorBic);
  if (bic !== '') lines.push('  <CdtrAgt>', ...indent(agent(bic), 2), '  </CdtrAgt>');
  lines.push(
    '  <Cdtr>',
    `    ${element('Nm', sepaTextMax(payment.creditorName, SEPA_NAME_MAX))}`,
    '  </Cdtr>',
    '  <CdtrAcct>',
    '    <Id>',
    `      ${element('IBAN', normalizeIban(payment.creditorIban))}`,
    '    </Id>',
    '  </CdtrAcct>',
  );
  const remittance = sepaTextMax(payment.remittanceInfo, SEPA_REMITTANCE_MAX);
  if (remittance !== '') lines.push('  <RmtInf>', `    ${element('Ustrd', remittance)}`, '  </RmtInf>');
  lines.push('</CdtTrfTxInf>');
  return lines;
}

/**
 * The pain.001.001.03 document as a UTF-8 XML string. Throws SepaInputError
 * (with the French problems of validateSepaInput) rather than produce a file
 * the bank would reject.
 */
export function buildSepaCreditTransferXml(input: SepaCreditTransferInput): string {
  const problems = validateSepaInput(input);
  if (problems.length > 0) throw new SepaInputError(problems);

  let total = 0n;
  for (const payment of input.payments) total += BigInt(payment.amountCents);
  const count = String(input.payments.length);
  const controlSum = formatAmount(total);
  const debtorName = sepaTextMax(input.debtor.name, SEPA_NAME_MAX);

  const paymentInfo = [
    '<PmtInf>',
    `  ${element('PmtInfId', input.paymentInfoId ?? input.messageId)}`,
    '  <PmtMtd>TRF</PmtMtd>',
    ...(input.batchBooking === undefined
      ? []
      : [`  <BtchBookg>${input.batchBooking ? 'true' : 'false'}</BtchBookg>`]),
    `  <NbOfTxs>${count}</NbOfTxs>`,
    `  <CtrlSum>${controlSum}</CtrlSum>`,
    '  <PmtTpInf>',
    '    <SvcLvl>',
    '      <Cd>SEPA</Cd>',
    '    </SvcLvl>',
    '  </PmtTpInf>',
    `  ${element('ReqdExctnDt', input.requestedExecutionDate)}`,
    '  <Dbtr>',
    `    ${element('Nm', debtorName)}`,
    '  </Dbtr>',
    '  <DbtrAcct>',
    '    <Id>',
    `      ${element('IBAN', normalizeIban(input.debtor.iban))}`,
    '    </Id>',
    '  </DbtrAcct>',
    '  <DbtrAgt>',
    ...indent(agent(input.debtor.bic), 2),
    '  </DbtrAgt>',
    // Each party pays its own bank's charges: the only option EPC allows for SEPA.
    '  <ChrgBr>SLEV</ChrgBr>',
    ...input.payments.flatMap((payment) => indent(transaction(payment), 1)),
    '</PmtInf>',
  ];

  const document = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    '  <CstmrCdtTrfInitn>',
    '    <GrpHdr>',
    `      ${element('MsgId', input.messageId)}`,
    `      ${element('CreDtTm', input.createdAt)}`,
    `      <NbOfTxs>${count}</NbOfTxs>`,
    `      <CtrlSum>${controlSum}</CtrlSum>`,
    '      <InitgPty>',
    `        ${element('Nm', debtorName)}`,
    '      </InitgPty>',
    '    </GrpHdr>',
    ...indent(paymentInfo, 2),
    '  </CstmrCdtTrfInitn>',
    '</Document>',
  ];
  return `${document.join('\n')}\n`;
}
