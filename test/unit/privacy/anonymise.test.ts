import { verifyLog } from '../../../electron/history/verify-log';
import { sql } from 'kysely';
import { anonymisePerson, erasurePreview } from '../../../electron/privacy/anonymise';
import { getRepresentative, updateRepresentative } from '../../../electron/register/representatives';
import { journalEntries } from '../../../electron/treasury/accounting';
import { readStoredFile } from '../../../electron/association/stored-files';
import { representativeInput } from '../../../shared/register/representative';
import { createTestApp, type TestApp } from '../../helpers/context';
import { personInput } from '../../helpers/representatives';
import { BRUNO, givenPrivacyData } from './fixtures';

let app: TestApp;
afterEach(() => app.close());

/** Every text cell of every table holding one of the texts (case ignored): table, column, value. */
async function occurrences(texts: readonly string[]): Promise<string[]> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'representative_fts%'`.execute(
    app.ctx.db,
  );
  const found: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(app.ctx.db);
    for (const row of rows.rows) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        const lower = value.toLowerCase();
        for (const t of texts) if (lower.includes(t.toLowerCase())) found.push(`${name}.${column}: ${t}`);
      }
    }
  }
  return [...new Set(found)].sort();
}

const identifiers = [
  'Bruno Quéméner',
  'Quéméner Bruno',
  BRUNO.email,
  BRUNO.phone,
  BRUNO.iban,
  BRUNO.addressLine,
];

async function journalFigures() {
  const figures = [];
  for (const year of [2025, 2026]) {
    for (const e of await journalEntries(app.ctx, year)) {
      figures.push({
        date: e.date,
        piece: e.piece,
        account: e.account,
        debit: e.debitCents,
        credit: e.creditCents,
      });
    }
  }
  return figures;
}

describe('anonymising a person (RGPD)', () => {
  it('erases the person everywhere but on the reçu fiscal, and leaves the accounts identical', async () => {
    app = await createTestApp();
    const data = await givenPrivacyData(app);
    const id = data.people.bruno;
    expect((await occurrences(identifiers)).length).toBeGreaterThan(8);
    const accountsBefore = await journalFigures();
    const receiptBefore = await app.ctx.db
      .selectFrom('tax_receipt')
      .selectAll()
      .where('representative_id', '=', id)
      .executeTakeFirstOrThrow();

    const preview = await erasurePreview(app.ctx, id);
    expect(preview.blockers).toEqual([]);
    expect(preview.kept.join(' ')).toContain('nom du donateur');

    const result = await anonymisePerson(app.ctx, id);
    expect(result.textsRedacted).toBeGreaterThan(0);

    expect(await occurrences(identifiers)).toEqual([]);
    // The log lost the person's data, not its chain: erasures are marked, and the chain verifies.
    expect(await verifyLog(app.ctx)).toMatchObject({ ok: true });
    // The receipt issued in 2025 (before Bruno's record was corrected) is within its 6 tax years:
    // kept as issued, name and address.
    expect(receiptBefore).toMatchObject({
      donor_name: 'M. Bruno Test',
      donor_address_line: '3 rue des Lilas',
    });
    const receiptAfter = await app.ctx.db
      .selectFrom('tax_receipt')
      .selectAll()
      .where('representative_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(receiptAfter).toEqual(receiptBefore);
    expect(await journalFigures()).toEqual(accountsBefore);

    const person = await getRepresentative(app.ctx, id);
    expect(person).toMatchObject({
      lastName: 'Personne anonymisée n° ' + id,
      firstName: '',
      email: null,
      iban: null,
      archived: true,
    });
    expect(person.anonymisedAt).not.toBeNull();
    // The justificatif of the paid claim is a pièce comptable: kept, without the name it came with.
    const kept = await app.ctx.db.selectFrom('stored_file').select(['hash', 'original_name']).execute();
    expect(kept.map((f) => f.original_name)).toEqual(['justificatif.pdf']);
    expect((await readStoredFile(app.ctx, kept[0]?.hash ?? '')).bytes.length).toBeGreaterThan(0);
    // Statistics keep their rows.
    const attendance = await app.ctx.db
      .selectFrom('attendance')
      .select('id')
      .where('representative_id', '=', id)
      .execute();
    expect(attendance.length).toBe(1);
    // The journal says it was done, without naming anyone.
    const last = await app.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'anonymisé', entity: 'representative', entity_id: id });
    // The record can no longer be filled in again.
    await expect(updateRepresentative(app.ctx, id, representativeInput.parse(personInput()))).rejects.toThrow(
      'anonymisée',
    );
    await expect(anonymisePerson(app.ctx, id)).rejects.toThrow('déjà été anonymisée');
  });

  it('removes the donor’s address from receipts issued more than 6 years ago, never the name', async () => {
    app = await createTestApp();
    const data = await givenPrivacyData(app);
    app.setNow('2031-06-02T10:00:00.000Z');
    await anonymisePerson(app.ctx, data.people.bruno);
    expect(await occurrences(identifiers)).toEqual([]);
    const receipt = await app.ctx.db
      .selectFrom('tax_receipt')
      .selectAll()
      .where('representative_id', '=', data.people.bruno)
      .executeTakeFirstOrThrow();
    expect(receipt).toMatchObject({
      donor_name: 'M. Bruno Test',
      donor_address_line: null,
      donor_postal_code: null,
      donor_city: null,
    });
  });

  it('refuses a person with an unpaid claim, says what to do, and changes nothing', async () => {
    app = await createTestApp();
    const data = await givenPrivacyData(app);
    const alice = data.people.alice;
    const before = await occurrences(['Alice']);
    const logBefore = await app.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const preview = await erasurePreview(app.ctx, alice);
    expect(preview.blockers[0]).toMatch(
      /note de frais n’est pas réglée : NF-\d{4}-\d{4} \(12,00\s€\)\. Payez ou faites renoncer/,
    );
    await expect(anonymisePerson(app.ctx, alice)).rejects.toThrow('ne peut pas encore être anonymisée');
    expect(await occurrences(['Alice'])).toEqual(before);
    const logAfter = await app.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(logAfter.n).toBe(logBefore.n);
  });

  it('refuses a person whose mandate is still running', async () => {
    app = await createTestApp();
    const data = await givenPrivacyData(app);
    const preview = await erasurePreview(app.ctx, data.people.gael);
    expect(preview.blockers).toEqual([
      expect.stringContaining('mandat est en cours ou à venir (CTS du Finistère'),
    ]);
  });
});
