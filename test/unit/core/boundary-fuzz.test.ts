/**
 * Fuzz test of the boundary: every channel receives random payloads (anything JSON can carry,
 * objects with the usual field names, texts with NUL bytes and broken surrogates, huge numbers)
 * on a database holding the demo association. Whatever comes in, the dispatch answers with a
 * result, never throws, never fails as an unexpected error, explains a refusal in a typed French
 * message, and a refused call leaves every table as it was.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { loadDemoData } from '../../../demo';
import { contract, type Channel } from '../../../electron/ipc/contract';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { ApiResult } from '../../../electron/ipc/contract';
import { createTestApp, type TestApp } from '../../helpers/context';

/** Calls per channel: about 1 800 in all, with the 200 on unknown channels. */
const RUNS_PER_CHANNEL = 8;

// A channel producing a spreadsheet of the whole demo register takes seconds per call.
jest.setTimeout(30_000);

let app: TestApp;
let tables: string[] = [];

beforeAll(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  await loadDemoData(app.ctx);
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
    app.ctx.db,
  );
  tables = rows.rows.map((r) => r.name);
}, 60_000);
afterAll(() => app.close());

/** Row count of every table: a refused call must not change a single one. */
async function fingerprint(): Promise<string> {
  const parts = await Promise.all(
    tables.map(async (t) => {
      const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(app.ctx.db);
      return `${t}:${r.rows[0]?.n ?? 0}`;
    }),
  );
  return parts.join(',');
}

const nasty = fc.constantFrom(
  '',
  ' ',
  'Dupont\u0000',
  '\ud83d',
  '\ude00x',
  '2026-02-30',
  '29/02/2025',
  '../../etc/passwd',
  'CON',
  '%E0%A4%A',
  'x'.repeat(6000),
  '<script>alert(1)</script>',
  "'; drop table representative; --",
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2, 1e308, Number.MAX_SAFE_INTEGER, 2026, 0.5),
  fc.boolean(),
  fc.constant(null),
  nasty,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.integer({ min: -2, max: 40 }), { maxLength: 5 }),
);
const fieldNames = fc.constantFrom(
  'id',
  'year',
  'search',
  'name',
  'lastName',
  'firstName',
  'date',
  'meetingId',
  'representativeId',
  'lineId',
  'ids',
  'data',
  'lines',
  'rows',
  'fileName',
  'dataBase64',
  'fileId',
  'jobId',
  'status',
  'page',
  'limit',
  'hash',
  'isAdmin',
  '__proto__',
);
const payload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 5, arbitrary: fc.dictionary(fieldNames, value, { maxKeys: 5 }) },
  {
    weight: 2,
    arbitrary: fc.record({ id: value, data: fc.dictionary(fieldNames, value, { maxKeys: 4 }) }),
  },
);

function checkAnswer(channel: string, result: ApiResult<unknown>): void {
  if (result.ok) return;
  const { code, message } = result.error;
  if (code === 'INTERNAL' || typeof message !== 'string' || message.length < 10) {
    throw new Error(`${channel} : réponse inattendue ${JSON.stringify(result.error)}`);
  }
}

describe('the boundary under random input', () => {
  it.each(Object.keys(contract) as Channel[])(
    '%s answers every payload with a typed result',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const before = await fingerprint();
          const logged: unknown[] = [];
          const result = await dispatch(app.ctx, channel, input, (m, e) => logged.push(m, e));
          checkAnswer(channel, result);
          expect(logged).toEqual([]);
          if (!result.ok) expect(await fingerprint()).toBe(before);
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 20261203 },
      );
    },
  );

  it('refuses channels that do not exist', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), payload, async (name, input) => {
        const result = await dispatch(app.ctx, name, input);
        if (!(name in contract))
          expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      }),
      { numRuns: 200, seed: 20261203 },
    );
  });
});
