/** The « Historique » of one record: its log entries, newest first, a page at a time. */
import { describeChanges, describeNotes } from '../../shared/history/describe';
import type { HistoryEntity, HistoryEntry, HistoryPage } from '../../shared/history/types';
import type { ServiceContext } from '../service-context';
import * as log from '../../db/history/audit-log';

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
  const total = await log.countRecordEntries(ctx.db, input.entity, input.entityId);
  const rows = await log.recordEntries(ctx.db, input.entity, input.entityId, input.offset, HISTORY_PAGE_SIZE);
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
  return { entries, total, offset: input.offset };
}
