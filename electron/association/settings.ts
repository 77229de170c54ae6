/**
 * Settings are stored as JSON under a key per domain, each with a zod schema that supplies the
 * defaults: adding a setting never needs a migration, and a stored value that no longer fits
 * its schema falls back to the defaults instead of breaking the app.
 */
import type { z } from 'zod';
import type { Executor } from '../../db/audit';
import { logAction } from '../../db/audit';
import { isoNow, type ServiceContext } from '../service-context';

export async function readSettings<S extends z.ZodType>(
  db: Executor,
  key: string,
  schema: S,
): Promise<z.output<S>> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  let stored: unknown;
  try {
    stored = row ? (JSON.parse(row.value) as unknown) : {};
  } catch {
    stored = {};
  }
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : schema.parse({});
}

export async function writeSettings<S extends z.ZodType>(
  ctx: ServiceContext,
  key: string,
  schema: S,
  value: z.input<S>,
): Promise<z.output<S>> {
  const parsed = schema.parse(value) as z.output<S>;
  const at = isoNow(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('setting')
      .values({ key, value: JSON.stringify(parsed) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(parsed) }))
      .execute();
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
