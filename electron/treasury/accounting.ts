/**
 * Accounting journal (CSV for the accountant) of validated, paid and renounced claims, and of
 * cancelled ones that had been booked (their entries stay, reversed at the cancellation date):
 *  - the expense when the claim is validated: debit 625x (per kind), credit 4681;
 *  - the payment: debit 4681, credit 512 (bank) or 530 (cash); a claim in a SEPA batch stays
 *    « validée » until the bank's acceptance is confirmed, so a batch à transmettre or cancelled
 *    books no payment and nothing has to be reversed (sepa-batches.ts);
 *  - the abandon de frais: debit 4681, credit 75412 "Abandons de frais par les bénévoles";
 *  - the valorisation du bénévolat at the year's last day (electron/valorisation/journal-entries.ts).
 * Each entry carries the claim number and the date of the event; accounts come from settings.
 */
import { lineKindLabels, type StoredLineKind } from '../../shared/claims/schemas';
import { producedFile, type ProducedFile } from '../files/produced-file';
import type { ServiceContext } from '../service-context';
import { getClaimsSettings } from '../claims/policies';
import * as journal from '../../db/treasury/journal';
import { toCsv, type ExportColumn } from '../exchange/table-export';
import { localTodayIso } from '../../shared/rules/dates';
import { volunteeringEntries } from '../valorisation/journal-entries';

const MISSION_KINDS = new Set(['repas', 'hebergement']);

export interface JournalEntry {
  journal: string;
  date: string;
  piece: string;
  account: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

/**
 * Local calendar date of a stored UTC timestamp, as todayIso does for now: a claim validated at
 * 00:30 in Paris on 1 January belongs to the new financial year, not to the UTC day before.
 */
export function localDateOf(iso: string): string {
  return localTodayIso(new Date(iso));
}

const earliest = (...dates: Array<string | null>): string | null =>
  dates.filter((d): d is string => d !== null).sort()[0] ?? null;

export async function journalEntries(ctx: ServiceContext, year: number): Promise<JournalEntry[]> {
  const settings = await getClaimsSettings(ctx);
  const acc = settings.accounts;
  const J = settings.journalCode;
  const claims = await journal.bookedClaims(ctx.db);
  const ids = claims.map((c) => c.id);
  const lines = await journal.lineAmountsOf(ctx.db, ids);
  const receiptRows = await journal.activeReceiptNumbersOf(ctx.db, ids);
  const inYear = (d: string | null): d is string => d !== null && d.startsWith(`${year}-`);
  const out: JournalEntry[] = [];
  for (const c of claims) {
    const piece = c.number ?? `NF-${c.id}`;
    const who = `${c.first_name} ${c.last_name}`;
    const cancelled = c.status === 'annulee';
    const booked = cancelled ? c.cancelled_from : c.status;
    const renounced = booked === 'abandonnee';
    // A claim renounced straight from « soumise » gets validated_at at the renunciation, possibly
    // in the next year: the expense is dated no later than the signed renunciation so that expense
    // and gift fall in the same year and 4681 balances.
    const validatedOn = c.validated_at === null ? null : localDateOf(c.validated_at);
    const expenseOn = renounced ? earliest(validatedOn, c.renounced_on) : validatedOn;
    const cancelledOn = cancelled && c.cancelled_at !== null ? localDateOf(c.cancelled_at) : null;
    const byAccount = new Map<string, { cents: number; kinds: Set<string> }>();
    for (const l of lines.filter((x) => x.claim_id === c.id)) {
      const account = MISSION_KINDS.has(l.kind) ? acc.missions : acc.travel;
      const entry = byAccount.get(account) ?? { cents: 0, kinds: new Set<string>() };
      entry.cents += l.amount_cents;
      entry.kinds.add(lineKindLabels[l.kind as StoredLineKind].toLowerCase());
      byAccount.set(account, entry);
    }
    const expense = (date: string, reversal: boolean) => {
      const prefix = reversal ? 'Annulation — ' : '';
      for (const [account, v] of byAccount) {
        if (v.cents === 0) continue;
        const label = `${prefix}Frais ${who} (${[...v.kinds].join(', ')})`;
        out.push({
          journal: J,
          date,
          piece,
          account,
          label,
          debitCents: reversal ? 0 : v.cents,
          creditCents: reversal ? v.cents : 0,
        });
      }
      const label = `${prefix}Frais à rembourser ${who}`;
      out.push({
        journal: J,
        date,
        piece,
        account: acc.volunteers,
        label,
        debitCents: reversal ? c.total_cents : 0,
        creditCents: reversal ? 0 : c.total_cents,
      });
    };
    const gift = (date: string, reversal: boolean) => {
      const receipt = receiptRows.find((r) => r.claim_id === c.id)?.number;
      const label = `${reversal ? 'Annulation — ' : ''}Abandon de frais ${who}${receipt ? ` (reçu ${receipt})` : ''}`;
      out.push({
        journal: J,
        date,
        piece,
        account: acc.volunteers,
        label,
        debitCents: reversal ? 0 : c.total_cents,
        creditCents: reversal ? c.total_cents : 0,
      });
      out.push({
        journal: J,
        date,
        piece,
        account: acc.abandon,
        label,
        debitCents: reversal ? c.total_cents : 0,
        creditCents: reversal ? 0 : c.total_cents,
      });
    };
    if (inYear(expenseOn)) expense(expenseOn, false);
    if (c.status === 'payee' && inYear(c.paid_on)) {
      const account = c.payment_method === 'especes' ? acc.cash : acc.bank;
      const ref = c.payment_reference ? ` réf. ${c.payment_reference}` : '';
      out.push({
        journal: J,
        date: c.paid_on,
        piece,
        account: acc.volunteers,
        label: `Remboursement ${who}${ref}`,
        debitCents: c.total_cents,
        creditCents: 0,
      });
      out.push({
        journal: J,
        date: c.paid_on,
        piece,
        account,
        label: `Remboursement ${who}${ref}`,
        debitCents: 0,
        creditCents: c.total_cents,
      });
    }
    if (renounced && inYear(c.renounced_on)) gift(c.renounced_on, false);
    // Reversal in the order opposite to the booking: the gift first, then the expense.
    if (inYear(cancelledOn)) {
      if (renounced) gift(cancelledOn, true);
      if (expenseOn !== null) expense(cancelledOn, true);
    }
  }
  out.push(...(await volunteeringEntries(ctx, year, J)));
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.piece.localeCompare(b.piece));
}

const journalColumns: readonly ExportColumn<JournalEntry>[] = [
  { header: 'Journal', value: (e) => e.journal },
  { header: 'Date', type: 'date', value: (e) => e.date },
  { header: 'Pièce', value: (e) => e.piece },
  { header: 'Compte', value: (e) => e.account },
  { header: 'Libellé', value: (e) => e.label },
  { header: 'Débit', type: 'cents', value: (e) => e.debitCents || null },
  { header: 'Crédit', type: 'cents', value: (e) => e.creditCents || null },
];

export async function accountingCsv(ctx: ServiceContext, year: number): Promise<ProducedFile> {
  // The CSV every export writes: BOM, semicolons, CRLF, a cell starting like a formula kept as text.
  const csv = toCsv(journalColumns, await journalEntries(ctx, year));
  return producedFile(`journal-frais-${year}.csv`, 'text/csv', csv);
}
