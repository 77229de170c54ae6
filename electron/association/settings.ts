/** Settings of every domain, read and written through db/settings.ts (which says how they are stored). */
import type { z } from 'zod';
import { logAction } from '../../db/audit';
import { readSetting, writeSetting } from '../../db/settings';
import { isoNow, type ServiceContext } from '../service-context';

/** The setting under `key`, or its schema's defaults when absent or no longer valid. */
export const readSettings = readSetting;

export async function writeSettings<S extends z.ZodType>(
  ctx: ServiceContext,
  key: string,
  schema: S,
  value: z.input<S>,
): Promise<z.output<S>> {
  const parsed = schema.parse(value) as z.output<S>;
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await writeSetting(trx, key, parsed);
    await logAction(trx, {
      at,
      actor: ctx.actor,
      action: 'paramètres modifiés',
      entity: `setting:${key}`,
      entityId: null,
    });
  });
  return parsed;
}
