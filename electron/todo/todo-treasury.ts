/**
 * The treasurer's lines of « À faire »: claims to validate, to pay, blocked by an IBAN, batches
 * whose fate the bank has to confirm, renounced claims awaiting their reçu fiscal, and from
 * January to May the declaration of last year's reçus. Each list is counted in full and shows
 * its first lines only.
 */
import * as repo from '../../db/todo/todo-treasury';
import {
  DECLARATION_REMINDER_MONTHS,
  TAX_DECLARATION_SETTINGS_KEY,
  taxDeclarationSettingsSchema,
} from '../../shared/treasury/tax-declaration';
import type { TodoIbanLine, TodoTreasury } from '../../shared/todo/types';
import { AppError } from '../errors';
import { todayIso, type ServiceContext } from '../service-context';
import { payeeAccountProblem } from '../treasury/payments';
import { readSettings, writeSettings } from '../association/settings';

/** Lines shown per list; the counts cover everything. */
export const TREASURY_LINES = 20;

export async function treasuryTodo(ctx: ServiceContext, today: string): Promise<TodoTreasury> {
  const payees = await repo.payeesWaiting(ctx.db);
  let toPayCount = 0;
  let toPayCents = 0;
  let blockedCount = 0;
  const blocked: TodoIbanLine[] = [];
  for (const p of payees) {
    const problem = payeeAccountProblem(p);
    if (problem === null) {
      toPayCount += Number(p.n);
      toPayCents += Number(p.cents ?? 0);
      continue;
    }
    blockedCount += 1;
    if (blocked.length < TREASURY_LINES) {
      blocked.push({
        representativeId: p.id,
        personName: `${p.first_name} ${p.last_name}`,
        claimCount: Number(p.n),
        totalCents: Number(p.cents ?? 0),
        problem,
      });
    }
  }
  const batches = await repo.batchesToConfirm(ctx.db);
  return {
    toValidate: await repo.claimsToValidate(ctx.db, TREASURY_LINES),
    toPay: { count: toPayCount, totalCents: toPayCents },
    blockedByIban: { count: blockedCount, lines: blocked },
    batchesToConfirm: {
      count: batches.length,
      lines: batches.slice(0, TREASURY_LINES).map((b) => ({
        batchId: b.id,
        messageId: b.message_id,
        executionDate: b.execution_date,
        paymentCount: b.payment_count,
        totalCents: b.total_cents,
        overdue: b.execution_date < today,
      })),
    },
    renouncedWithoutReceipt: await repo.renouncedWithoutReceipt(ctx.db, TREASURY_LINES),
    declaration: await pendingDeclaration(ctx, today),
  };
}

async function pendingDeclaration(ctx: ServiceContext, today: string): Promise<TodoTreasury['declaration']> {
  const month = Number(today.slice(5, 7));
  if (month < DECLARATION_REMINDER_MONTHS.from || month > DECLARATION_REMINDER_MONTHS.to) return null;
  const year = Number(today.slice(0, 4)) - 1;
  const settings = await readSettings(ctx.db, TAX_DECLARATION_SETTINGS_KEY, taxDeclarationSettingsSchema);
  if (settings.declaredYears.includes(year)) return null;
  const receipts = await repo.receiptsOfYear(ctx.db, year);
  if (receipts.count === 0) return null;
  return { year, receiptCount: receipts.count, totalCents: receipts.totalCents };
}

/** The treasurer has declared this year's reçus: the reminder goes away. */
export async function markReceiptsDeclared(ctx: ServiceContext, year: number): Promise<{ year: number }> {
  if (year >= Number(todayIso(ctx).slice(0, 4))) {
    throw new AppError('VALIDATION', 'Seule une année terminée se déclare.');
  }
  const settings = await readSettings(ctx.db, TAX_DECLARATION_SETTINGS_KEY, taxDeclarationSettingsSchema);
  if (!settings.declaredYears.includes(year)) {
    await writeSettings(ctx, TAX_DECLARATION_SETTINGS_KEY, taxDeclarationSettingsSchema, {
      declaredYears: [...settings.declaredYears, year].sort((a, b) => a - b),
    });
  }
  return { year };
}
