/** The « Historique » of one record: its log entries, newest first, a page at a time. */
import { describeChanges, describeNotes } from '../../shared/history/describe';
import type { HistoryEntity, HistoryEntry, HistoryPage } from '../../shared/history/types';
import type { ServiceContext } from '../service-context';

export const HISTORY_PAGE_SIZE = 20;

function parseDetails(details: string | null): Record<string, unknown> {
  if (details === null) return {};
  const parsed: unknown = JSON.parse(details);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : { détails: parsed };
}

export async function recordHistory(
  ctx: ServiceContext,
  input: { entity: HistoryEntity; entityId: number; offset: number },
): Promise<HistoryPage> {
  const base = ctx.db
    .selectFrom('audit_log')
    .where('entity', '=', input.entity)
    .where('entity_id', '=', input.entityId);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .select(['id', 'at', 'actor', 'action', 'details', 'redacted_at'])
    .orderBy('id', 'desc')
    .limit(HISTORY_PAGE_SIZE)
    .offset(input.offset)
    .execute();
  const entries: HistoryEntry[] = rows.map((row) => {
    const details = parseDetails(row.details);
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      changes: describeChanges(input.entity, details.changes),
      notes: describeNotes(details),
      redacted: row.redacted_at !== null,
    };
  });
  return { entries, total: Number(count?.n ?? 0), offset: input.offset };
}
