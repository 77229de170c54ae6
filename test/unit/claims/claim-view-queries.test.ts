/**
 * The claim page and the claims list cost a fixed number of SQL statements, whatever the number of
 * lines or claims: counted through a Kysely plugin on the context's database.
 */
import type { KyselyPlugin } from 'kysely';
import * as claims from '../../../electron/claims/claims';
import type { ServiceContext } from '../../../electron/service-context';
import { createTestApp, type TestApp } from '../../helpers/context';
import { draft, expense, meetingFixture, personWithCar, trip } from './fixtures';

const PDF_BYTES = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

function counting(ctx: ServiceContext): { ctx: ServiceContext; statements: () => number } {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      count += 1;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, statements: () => count };
}

async function statementsOf(ctx: ServiceContext, run: (counted: ServiceContext) => Promise<unknown>) {
  const { ctx: counted, statements } = counting(ctx);
  await run(counted);
  return statements();
}

/** A claim of `n` lines: mileage to meetings in 2026 and meals in 2025, each with its receipt. */
async function claimOf(app: TestApp, n: number): Promise<number> {
  const { person, vehicleId } = await personWithCar(app.ctx);
  const lines = [];
  for (let i = 0; i < n; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    if (i % 2 === 0) {
      const meetingId = await meetingFixture(app.ctx, { date: `2026-03-${day}` });
      lines.push(trip(vehicleId, `2026-03-${day}`, 12 + i, { meetingId }));
    } else {
      lines.push(expense('repas', `2025-06-${day}`, 1500 + i));
    }
  }
  const c = await draft(app.ctx, person.id, lines);
  for (const line of c.lines) {
    await claims.attachReceipt(app.ctx, {
      lineId: line.id,
      fileName: 'justificatif.pdf',
      dataBase64: PDF_BYTES.toString('base64'),
    });
  }
  return c.id;
}

describe('reading claims costs a fixed number of queries', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp('2026-11-22T10:00:00.000Z');
  });
  afterEach(() => app.close());

  test('a claim of 30 lines is read with as many statements as a claim of 1 line', async () => {
    const small = await claimOf(app, 1);
    const large = await claimOf(app, 30);
    expect((await claims.getClaim(app.ctx, large)).lines).toHaveLength(30);
    const forSmall = await statementsOf(app.ctx, (ctx) => claims.getClaim(ctx, small));
    const forLarge = await statementsOf(app.ctx, (ctx) => claims.getClaim(ctx, large));
    expect(forLarge).toBe(forSmall);
  });

  test('a submitted claim with possible duplicates is read with as many statements as a short one', async () => {
    const small = await claimOf(app, 1);
    const large = await claimOf(app, 30);
    // Its meals again on another claim: those lines of the large one have a possible duplicate.
    const again = await claims.getClaim(app.ctx, large);
    await claims.submitClaim(app.ctx, small);
    await claims.submitClaim(app.ctx, large);
    const copy = await draft(
      app.ctx,
      again.representativeId,
      again.lines.filter((l) => l.kind === 'repas').map((l) => expense('repas', l.date, l.expenseCents ?? 0)),
    );
    expect((await claims.getClaim(app.ctx, copy.id)).lines[0]?.warnings.join(' ')).toMatch(
      /Doublon possible/,
    );
    const forSmall = await statementsOf(app.ctx, (ctx) => claims.getClaim(ctx, small));
    const forLarge = await statementsOf(app.ctx, (ctx) => claims.getClaim(ctx, large));
    expect(forLarge).toBe(forSmall);
  });

  test('the claims list costs the same for 1 claim as for 30', async () => {
    const filter = {
      search: '',
      status: 'tous',
      year: null,
      representativeId: null,
      sort: 'date',
      direction: 'desc',
    } as const;
    await claimOf(app, 1);
    const forOne = await statementsOf(app.ctx, (ctx) => claims.listClaims(ctx, filter));
    for (let i = 0; i < 29; i += 1) await claimOf(app, 1);
    const forThirty = await statementsOf(app.ctx, (ctx) => claims.listClaims(ctx, filter));
    expect((await claims.listClaims(app.ctx, filter)).rows).toHaveLength(30);
    expect(forThirty).toBe(forOne);
  });
});
