import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { currentSchemaVersion, openDatabase } from '../../db/connection';

describe('migration 0005 (states of SEPA batches)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pv-mig5-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns the batches of a version-4 database (then treated as paid) into confirmed batches with their payments', async () => {
    const file = path.join(dir, 'v4.sqlite');
    const v4 = await openDatabase(file, { upTo: 4 });
    const at = '2025-03-01T09:00:00.000Z';
    await v4.db
      .insertInto('representative')
      .values({
        civility: 'Mme',
        last_name: 'Guérin',
        first_name: 'Maëlle',
        employed: 0,
        iban: 'FR7630006000011234567890189',
        search_text: 'guerin maelle',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await v4.db
      .insertInto('sepa_batch')
      .values({
        message_id: 'VIR-2025-0001',
        created_at: at,
        created_by: 'Bernard',
        execution_date: '2025-03-03',
        payment_count: 1,
        total_cents: 2703,
        file_name: 'virements-VIR-2025-0001.xml',
        xml: '<Document/>',
      })
      .execute();
    await v4.db
      .insertInto('claim')
      .values({
        representative_id: 1,
        number: 'NF-2025-0001',
        status: 'payee',
        total_cents: 2703,
        paid_on: '2025-03-03',
        payment_method: 'virement',
        payment_reference: 'VIR-2025-0001',
        sepa_batch_id: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await v4.close();

    const v5 = await openDatabase(file, { upTo: 5 });
    expect(await currentSchemaVersion(v5.db)).toBe(5);
    const batch = await v5.db.selectFrom('sepa_batch').selectAll().executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      message_id: 'VIR-2025-0001',
      state: 'confirmee',
      confirmed_at: at,
      confirmed_by: 'Bernard',
      revision: 1,
      xml: '<Document/>',
    });
    expect(await v5.db.selectFrom('sepa_batch_item').selectAll().execute()).toEqual([
      {
        batch_id: 1,
        claim_id: 1,
        representative_id: 1,
        person_name: 'Maëlle Guérin',
        iban: 'FR7630006000011234567890189',
        bic: null,
        end_to_end_id: 'NF-2025-0001',
        remittance: 'Remboursement note de frais NF-2025-0001',
        amount_cents: 2703,
        withdrawn_at: null,
        withdrawn_by: null,
        withdraw_reason: null,
      },
    ]);
    expect((await v5.db.selectFrom('claim').select('status').executeTakeFirstOrThrow()).status).toBe('payee');
    // Matched on the SQLite code: the native error class may come from another test file's realm.
    // Raw SQL: the state type itself refuses 'perdue'; the CHECK constraint is what is tested here.
    await expect(sql`update sepa_batch set state = 'perdue'`.execute(v5.db)).rejects.toHaveProperty(
      'code',
      'SQLITE_CONSTRAINT_CHECK',
    );
    await v5.close();
  });
});
