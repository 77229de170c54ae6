/**
 * The free-text columns where someone may have written a person's name, e-mail, phone, IBAN or
 * address (« binôme de Marie Martin », a justificatif named « billet-martin.pdf »). Anonymising a
 * person looks for their identifiers in each of these columns, one statement per column (a scan
 * bounded by the table, never a list of ids), and rewrites only the rows that hold one.
 * Excluded on purpose: `tax_receipt.donor_*` (the receipt keeps the donor's name, see
 * shared/privacy/rules.ts), `audit_log` and `sepa_batch` (handled by the anonymisation itself).
 */
import { sql } from 'kysely';
import type { Executor } from '../audit';
import type { Database } from '../schema';

type TableWithId = {
  [T in keyof Database]: Database[T] extends { id: unknown } ? T : never;
}[keyof Database];

export interface FreeTextColumn {
  table: TableWithId;
  column: string;
  /** A folded search copy (lower case, no accents): looked for with folded identifiers. */
  folded?: boolean;
}

export const freeTextColumns: readonly FreeTextColumn[] = [
  { table: 'representative', column: 'notes' },
  { table: 'organisation', column: 'notes' },
  { table: 'instance', column: 'notes' },
  { table: 'meeting', column: 'title' },
  { table: 'meeting', column: 'agenda' },
  { table: 'meeting', column: 'notes' },
  { table: 'meeting', column: 'place' },
  { table: 'action', column: 'title' },
  { table: 'action', column: 'description' },
  { table: 'action', column: 'partners' },
  { table: 'action', column: 'place' },
  { table: 'action', column: 'search_text', folded: true },
  { table: 'mandate', column: 'notes' },
  { table: 'mandate', column: 'end_note' },
  { table: 'mandate', column: 'over_capacity_justification' },
  { table: 'attendance', column: 'notes' },
  { table: 'volunteer_time', column: 'description' },
  { table: 'objective_indicator', column: 'comment' },
  { table: 'bilan_staff', column: 'role' },
  { table: 'training', column: 'notes' },
  { table: 'claim', column: 'title' },
  { table: 'claim', column: 'notes' },
  { table: 'claim', column: 'refusal_reason' },
  { table: 'claim', column: 'cancel_reason' },
  { table: 'claim_line', column: 'purpose' },
  { table: 'claim_line', column: 'from_place' },
  { table: 'claim_line', column: 'to_place' },
  { table: 'claim_event', column: 'reason' },
  { table: 'mandate_report', column: 'points_raised' },
  { table: 'mandate_report', column: 'positions_taken' },
  { table: 'mandate_report', column: 'search_text', folded: true },
  { table: 'report_follow_up', column: 'description' },
  { table: 'report_follow_up', column: 'owner_text' },
  { table: 'survey', column: 'introduction' },
  { table: 'survey_answer', column: 'value_text' },
];

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Rows of one column holding any of the texts (LIKE ignores the case of ASCII letters). */
export async function rowsContaining(
  db: Executor,
  target: FreeTextColumn,
  texts: readonly string[],
): Promise<Array<{ id: number; text: string }>> {
  const wanted = texts.filter((t) => t.trim() !== '');
  if (wanted.length === 0) return [];
  // The table and column come from the fixed list above, never from input.
  const rows = await sql<{
    id: number;
    text: string | null;
  }>`select id, ${sql.ref(target.column)} as text from ${sql.table(target.table)} where ${sql.join(
    wanted.map((t) => sql`${sql.ref(target.column)} like ${likePattern(t)} escape '\\'`),
    sql` or `,
  )}`.execute(db);
  return rows.rows.flatMap((r) => (r.text === null ? [] : [{ id: r.id, text: r.text }]));
}

export async function rewriteText(
  db: Executor,
  target: FreeTextColumn,
  id: number,
  text: string,
): Promise<void> {
  await sql`update ${sql.table(target.table)} set ${sql.ref(target.column)} = ${text} where id = ${id}`.execute(
    db,
  );
}

/** Stored files whose original name holds one of the texts. */
export async function filesNamedWith(db: Executor, texts: readonly string[]) {
  const wanted = texts.filter((t) => t.trim() !== '');
  if (wanted.length === 0) return [];
  return db
    .selectFrom('stored_file')
    .select(['hash', 'original_name', 'mime'])
    .where((eb) =>
      eb.or(wanted.map((t) => sql<boolean>`${eb.ref('original_name')} like ${likePattern(t)} escape '\\'`)),
    )
    .execute();
}

export async function renameStoredFile(db: Executor, hash: string, originalName: string): Promise<void> {
  await db.updateTable('stored_file').set({ original_name: originalName }).where('hash', '=', hash).execute();
}
