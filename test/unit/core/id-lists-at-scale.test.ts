/**
 * No query may depend on the number of rows the user has: past 32,766 ids, an `IN (?, …)` list
 * exceeds SQLite's limit of bound variables (« too many SQL variables »). These tests hold more
 * employed, active people than that and run what reads them as a list.
 */
import { createTestApp, type TestApp } from '../../helpers/context';
import { attendanceRowInput, meetingInput } from '../../../shared/meetings/schemas';
import { createMeeting } from '../../../electron/meetings/meetings';
import { saveAttendance } from '../../../electron/meetings/attendance';
import { participationRecords } from '../../../electron/attestations/participation-records';
import { getTodo } from '../../../electron/todo/todo';
import { congeWarnings } from '../../../electron/meetings/conge';
import { latestMandateStarts } from '../../../db/charters/charters';
import { givenAssociation, givenInstance, givenMandate, givenPerson } from '../meetings/fixtures';
import { idList } from '../../../db/id-list';

const CROWD = 33_000;
let app: TestApp;
let crowdIds: number[];
let alice: number;
let instanceId: number;

/** The crowd is written in bulk: 33,000 service calls would take minutes and test nothing more. */
async function givenEmployedCrowd(count: number): Promise<number[]> {
  const stamp = '2026-01-05T09:00:00.000Z';
  const rows = Array.from({ length: count }, (_, i) => ({
    civility: i % 2 ? ('M.' as const) : ('Mme' as const),
    last_name: `Foule${i}`,
    first_name: 'Personne',
    employed: 1,
    employer: 'Entreprise',
    search_text: `foule${i} personne`,
    created_at: stamp,
    updated_at: stamp,
  }));
  const ids: number[] = [];
  await app.ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 2_000) {
      const inserted = await trx
        .insertInto('representative')
        .values(rows.slice(i, i + 2_000))
        .returning('id')
        .execute();
      ids.push(...inserted.map((r) => r.id));
    }
  });
  return ids;
}

beforeAll(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  await givenAssociation(app.ctx);
  instanceId = await givenInstance(app.ctx);
  alice = await givenPerson(app.ctx, 'Alice', 'Martin', 'Clinique du Parc');
  await givenMandate(app.ctx, alice, instanceId, 'titulaire', '2025-01-01', '2027-12-31');
  // Nine full days of meetings: Alice has used up her congé de représentation.
  for (let day = 2; day <= 10; day += 1) {
    const m = await createMeeting(
      app.ctx,
      meetingInput.parse({
        instanceId,
        date: `2026-03-${String(day + 1).padStart(2, '0')}`,
        startTime: '09:00',
        endTime: '17:00',
        mode: 'sur_place',
      }),
    );
    await saveAttendance(app.ctx, {
      meetingId: m.id,
      rows: [attendanceRowInput.parse({ representativeId: alice, status: 'present' })],
    });
  }
  crowdIds = await givenEmployedCrowd(CROWD);
}, 120_000);
afterAll(() => app.close());

describe(`lists of ids beyond SQLite's variable limit (${CROWD} employed people)`, () => {
  it('« À faire » lists the congé warnings (its congé section, asked on its own)', async () => {
    const warnings = await congeWarnings(app.ctx);
    expect(warnings.map((w) => w.message).join('\n')).toContain(
      'Alice Martin : congé de représentation 2026',
    );
  }, 60_000);

  it('« À faire » is computed for all of them', async () => {
    const todo = await getTodo(app.ctx);
    expect(todo.trainings.lines.map((t) => t.representativeName)).toContain('Alice Martin');
  }, 60_000);

  it('relevés are computed for every one of them in one call', async () => {
    const records = await participationRecords(app.ctx, [alice, ...crowdIds], 2026);
    expect(records).toHaveLength(CROWD + 1);
    const aliceRecord = records.find((r) => r.person.firstName === 'Alice');
    expect(aliceRecord?.counts.attended).toBe(9);
  }, 60_000);

  it('charter facts are read for all of them', async () => {
    const starts = await latestMandateStarts(app.ctx.db, '2026-11-20', [alice, ...crowdIds]);
    expect(starts.get(alice)).toBe('2025-01-01');
    expect(starts.size).toBe(1);
  });

  it('idList binds one parameter whatever the length of the list', () => {
    const compiled = app.ctx.db
      .selectFrom('representative')
      .select('id')
      .where('id', 'in', idList(crowdIds))
      .compile();
    expect(compiled.parameters).toHaveLength(1);
    expect(compiled.sql).toContain('json_each');
  });

  it('idList refuses what is not an id', () => {
    expect(() => idList([1, Number.NaN])).toThrow(TypeError);
  });
});
