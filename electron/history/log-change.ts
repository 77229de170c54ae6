/**
 * The one way a service records an edit: the fields that changed, before → after, computed from
 * the record as read before and after the change, appended to the log in the same transaction.
 */
import { logAction, type Executor } from '../../db/audit';
import { fieldChanges } from '../../shared/history/describe';
import { isoNow, type ServiceContext } from '../service-context';

export async function logChange(
  ctx: ServiceContext,
  trx: Executor,
  entry: {
    action: string;
    entity: string;
    entityId: number;
    before: object;
    after: object;
    /** Other facts worth keeping beside the changes (a reason). */
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await logAction(trx, {
    at: isoNow(ctx),
    actor: ctx.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    details: { ...entry.details, changes: fieldChanges(entry.entity, entry.before, entry.after) },
  });
}
