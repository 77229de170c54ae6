/**
 * Settings are stored as JSON under a key per domain, each with a zod schema that supplies the
 * defaults: adding a setting never needs a migration, and a stored value that no longer fits
 * its schema falls back to the defaults instead of breaking the app.
 */
import type { z } from 'zod';
import type { Executor } from './audit';

export async function readSetting<S extends z.ZodType>(
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

/** Stores a value already checked by its schema. */
export async function writeSetting(db: Executor, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await db
    .insertInto('setting')
    .values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}
