/**
 * Accounting journal (CSV for the accountant) of validated, paid and renounced claims:
 *  - the expense when the claim is validated: debit 625x (per kind), credit 4681;
 *  - the payment: debit 4681, credit 512 (bank) or 530 (cash);
 *  - the abandon de frais: debit 4681, credit 75412 "Abandons de frais par les bénévoles".
 * Each entry carries the claim number and the date of the event; accounts come from settings.
 */
import { lineKindLabels, type StoredLineKind } from '../../shared/schemas/claims';
import type { GeneratedFile } from '../../shared/types/files';
import type { ServiceContext } from './context';
import { getClaimsSettings } from './policies';

const MISSION_KINDS = new Set(['repas', 'hebergement']);

function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
const frDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
function csvCell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface JournalEntry {
  journal: string;
  date: string;
  piece: string;
  account: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

export async function journalEntries(ctx: ServiceContext, year: number): Promise<JournalEntry[]> {
  const settings = await getClaimsSettings(ctx);
  const acc = settings.accounts;
  const J = settings.journalCode;
  const claims = await ctx.db
    .selectFrom('claim as c')
    .innerJoin('representative as r', 'r.id', 'c.representative_id')
    .select(['c.id', 'c.number', 'c.status', 'c.total_cents', 'c.validated_at', 'c.paid_on', 'c.payment_method', 'c.payment_reference', 'c.renounced_on', 'r.first_name', 'r.last_name'])
    .where('c.status', 'in', ['validee', 'payee', 'abandonnee'])
    .orderBy('c.number')
    .execute();
  const ids = claims.map((c) => c.id);
  const lines = ids.length
    ? await ctx.db.selectFrom('claim_line').select(['claim_id', 'kind', 'amount_cents']).where('claim_id', 'in', ids).execute()
    : [];
  const receiptRows = ids.length
    ? await ctx.db
        .selectFrom('tax_receipt_claim as rc')
        .innerJoin('tax_receipt as t', 't.id', 'rc.receipt_id')
        .select(['rc.claim_id', 't.number'])
        .where('t.cancelled_at', 'is', null)
        .where('rc.claim_id', 'in', ids)
        .execute()
    : [];
  const inYear = (d: string | null): d is string => d !== null && d.startsWith(`${year}-`);
  const out: JournalEntry[] = [];
  for (const c of claims) {
    const piece = c.number ?? `NF-${c.id}`;
    const who = `${c.first_name} ${c.last_name}`;
    const validatedOn = c.validated_at?.slice(0, 10) ?? null;
    if (inYear(validatedOn)) {
      const byAccount = new Map<string, { cents: number; kinds: Set<string> }>();
      for (const l of lines.filter((x) => x.claim_id === c.id)) {
        const account = MISSION_KINDS.has(l.kind) ? acc.missions : acc.travel;
        const entry = byAccount.get(account) ?? { cents: 0, kinds: new Set<string>() };
        entry.cents += l.amount_cents;
        entry.kinds.add(lineKindLabels[l.kind as StoredLineKind].toLowerCase());
        byAccount.set(account, entry);
      }
      for (const [account, v] of byAccount) {
        if (v.cents === 0) continue;
        out.push({ journal: J, date: validatedOn, piece, account, label: `Frais ${who} (${[...v.kinds].join(', ')})`, debitCents: v.cents, creditCents: 0 });
      }
      out.push({ journal: J, date: validatedOn, piece, account: acc.volunteers, label: `Frais à rembourser ${who}`, debitCents: 0, creditCents: c.total_cents });
    }
    if (c.status === 'payee' && inYear(c.paid_on)) {
      const account = c.payment_method === 'especes' ? acc.cash : acc.bank;
      const ref = c.payment_reference ? ` réf. ${c.payment_reference}` : '';
      out.push({ journal: J, date: c.paid_on, piece, account: acc.volunteers, label: `Remboursement ${who}${ref}`, debitCents: c.total_cents, creditCents: 0 });
      out.push({ journal: J, date: c.paid_on, piece, account, label: `Remboursement ${who}${ref}`, debitCents: 0, creditCents: c.total_cents });
    }
    if (c.status === 'abandonnee' && inYear(c.renounced_on)) {
      const receipt = receiptRows.find((r) => r.claim_id === c.id)?.number;
      const label = `Abandon de frais ${who}${receipt ? ` (reçu ${receipt})` : ''}`;
      out.push({ journal: J, date: c.renounced_on, piece, account: acc.volunteers, label, debitCents: c.total_cents, creditCents: 0 });
      out.push({ journal: J, date: c.renounced_on, piece, account: acc.abandon, label, debitCents: 0, creditCents: c.total_cents });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.piece.localeCompare(b.piece));
}

export async function accountingCsv(ctx: ServiceContext, year: number): Promise<GeneratedFile> {
  const entries = await journalEntries(ctx, year);
  const rows = [['Journal', 'Date', 'Pièce', 'Compte', 'Libellé', 'Débit', 'Crédit']];
  for (const e of entries) {
    rows.push([e.journal, frDate(e.date), e.piece, e.account, e.label, e.debitCents ? euros(e.debitCents) : '', e.creditCents ? euros(e.creditCents) : '']);
  }
  // BOM + semicolons + CRLF: what French spreadsheet software and accounting imports expect.
  const text = `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
  return { fileName: `journal-frais-${year}.csv`, mime: 'text/csv', dataBase64: Buffer.from(text, 'utf8').toString('base64') };
}
