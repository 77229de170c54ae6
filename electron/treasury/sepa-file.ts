/**
 * The XML of a batch, built from its payments as recorded when the batch was produced. A rebuilt
 * file (after a payee is withdrawn) gets its own message identifier « VIR-…-R2 »: a bank refuses a
 * second file under an identifier it has already seen, and the treasurer can tell the files apart.
 */
import { buildSepaCreditTransferXml, SepaInputError } from '../../shared/treasury/sepa-credit-transfer';
import { normalizeIban } from '../../shared/rules/iban';
import { AppError } from '../errors';

export interface SepaItem {
  person_name: string;
  iban: string;
  bic: string | null;
  end_to_end_id: string;
  remittance: string;
  amount_cents: number;
}

export const fileMessageId = (messageId: string, revision: number): string =>
  revision <= 1 ? messageId : `${messageId}-R${revision}`;

export const batchFileName = (messageId: string, revision: number): string =>
  `virements-${fileMessageId(messageId, revision)}.xml`;

export function buildBatchXml(input: {
  messageId: string;
  revision: number;
  at: string;
  executionDate: string;
  debtor: { name: string; iban: string | null; bic: string | null };
  items: readonly SepaItem[];
}): string {
  try {
    return buildSepaCreditTransferXml({
      messageId: fileMessageId(input.messageId, input.revision),
      createdAt: input.at.replace(/\.\d+Z$/, 'Z').replace('Z', ''),
      debtor: {
        name: input.debtor.name,
        iban: input.debtor.iban ?? '',
        bic: input.debtor.bic ?? undefined,
      },
      requestedExecutionDate: input.executionDate,
      batchBooking: true,
      payments: input.items.map((i) => ({
        endToEndId: i.end_to_end_id,
        creditorName: i.person_name,
        creditorIban: normalizeIban(i.iban),
        creditorBic: i.bic ?? undefined,
        amountCents: i.amount_cents,
        remittanceInfo: i.remittance,
      })),
    });
  } catch (error) {
    if (error instanceof SepaInputError) throw new AppError('VALIDATION', error.problems.join(' ; '));
    throw error;
  }
}
