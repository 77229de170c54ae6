import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { logAction, redactAuditDetails } from '../../../db/audit';
import { openDatabase } from '../../../db/connection';
import { migrations } from '../../../db/migrations';
import { verifyLog } from '../../../electron/history/verify-log';
import { recordHistory } from '../../../electron/history/history';
import { updateRepresentative } from '../../../electron/register/representatives';
import { representativeInput } from '../../../shared/register/representative';
import { createTestApp, type TestApp } from '../../helpers/context';
import { createPerson, personInput } from '../../helpers/representatives';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

async function someHistory(): Promise<number> {
  const person = await createPerson(app.ctx);
  for (const city of ['Brest', 'Quimper', 'Vannes']) {
    await updateRepresentative(app.ctx, person.id, representativeInput.parse(personInput({ city })));
  }
  return person.id;
}

const ids = async () =>
  (await app.ctx.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);

describe('the tamper-evident audit log', () => {
  it('verifies a log written by the services', async () => {
    await someHistory();
    expect(await verifyLog(app.ctx)).toEqual({ ok: true, checked: 4 });
  });

  it('names the entry whose action was changed in SQL', async () => {
    await someHistory();
    const [, second] = await ids();
    await sql`UPDATE audit_log SET action = 'rien' WHERE id = ${second}`.execute(app.ctx.db);
    const result = await verifyLog(app.ctx);
    expect(result).toMatchObject({ ok: false, entryId: second, checked: 1 });
    expect(result.ok ? '' : result.message).toContain(`n°\u00a0${second}`);
  });

  it('names the entry whose details were changed, and the one after an entry deleted', async () => {
    await someHistory();
    const [, second, third, fourth] = await ids();
    await sql`UPDATE audit_log SET details = '{"changes":[]}' WHERE id = ${third}`.execute(app.ctx.db);
    expect(await verifyLog(app.ctx)).toMatchObject({ ok: false, entryId: third });
    await sql`DELETE FROM audit_log WHERE id IN (${second}, ${third})`.execute(app.ctx.db);
    expect(await verifyLog(app.ctx)).toMatchObject({ ok: false, entryId: fourth });
  });

  it('keeps the chain whole when personal data in details are erased (RGPD), and says so', async () => {
    const personId = await someHistory();
    await redactAuditDetails(app.ctx.db, 'representative', personId, () => ({ effacé: true }), '2026-12-01');
    expect(await verifyLog(app.ctx)).toEqual({ ok: true, checked: 4 });
    const page = await recordHistory(app.ctx, { entity: 'representative', entityId: personId, offset: 0 });
    expect(page.entries[0]).toMatchObject({ redacted: true, changes: [] });
  });

  it('does not fork when many writes are appended at once', async () => {
    const personId = await someHistory();
    const writes = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? logAction(app.ctx.db, { at: `t${i}`, actor: 'a', action: 'x', entity: 'e', entityId: i })
        : updateRepresentative(
            app.ctx,
            personId,
            representativeInput.parse(personInput({ city: `Ville ${i}` })),
          ),
    );
    await Promise.all(writes);
    expect(await verifyLog(app.ctx)).toEqual({ ok: true, checked: 44 });
    const heads = await sql<{ n: number }>`SELECT COUNT(DISTINCT prev_hash) AS n FROM audit_log`.execute(
      app.ctx.db,
    );
    expect(heads.rows[0]?.n).toBe(44);
  });

  it('refuses a second entry chained to the same previous one', async () => {
    await someHistory();
    const last = await app.ctx.db
      .selectFrom('audit_log')
      .select('prev_hash')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await expect(
      app.ctx.db
        .insertInto('audit_log')
        .values({
          at: 'x',
          actor: 'x',
          action: 'x',
          entity: 'x',
          entity_id: null,
          details: null,
          prev_hash: last.prev_hash,
        })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('chains the entries written before migration 0014, in id order', async () => {
    const file = path.join(os.tmpdir(), `pv-history-${process.pid}-${Date.now()}.sqlite`);
    const older = await openDatabase(file, { upTo: 10 });
    for (let i = 1; i <= 5; i += 1) {
      await sql`INSERT INTO audit_log (at, actor, action, entity, entity_id, details)
        VALUES (${`2025-01-0${i}`}, 'ancien', 'modifié', 'representative', 1, ${i % 2 ? null : '{"nom":"X"}'})`.execute(
        older.db,
      );
    }
    await older.close();
    const migrated = await openDatabase(file, { migrationList: migrations });
    const ctx = { ...app.ctx, db: migrated.db };
    expect(await verifyLog(ctx)).toEqual({ ok: true, checked: 5 });
    await logAction(migrated.db, { at: 'n', actor: 'nouveau', action: 'créé', entity: 'x', entityId: null });
    expect(await verifyLog(ctx)).toEqual({ ok: true, checked: 6 });
    await migrated.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  });
});
