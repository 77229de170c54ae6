/**
 * The list of actions searched and filtered as the renderer asks for it (a page of 200 rows and
 * its count, at the dispatch boundary), typical queries in turn, against the same SQL run directly;
 * then an action's record and a page of its sessions. 5,000 actions, 50,000 sessions, 500,000
 * participations (bench/actions-dataset.ts). Run alone: npx tsx bench/actions-bench.ts
 */
import { dispatch } from '../electron/ipc/dispatch';
import type { ActionListQuery } from '../shared/actions/schemas';
import { ACTIONS_SIZE, openActionsDataset } from './actions-dataset';
import { atMost, compare, type BenchRow } from './measure';
import { printRows } from './print';
import { recordSql, SQL_FLOOR, type RecordedSql } from './sql-floor';

/** What volunteers type and pick: words with and without accents, each filter, each sort. */
const QUERIES: ActionListQuery[] = [
  {},
  { search: 'diabete' },
  { search: 'forum vitré' },
  { search: 'santé', year: 2025 },
  { search: 'mu' },
  { organisationId: 17 },
  { themeId: 6, status: 'en_cours' },
  { involvementLevel: 'co_decider', year: 2026 },
  { sort: 'titre', direction: 'asc' },
  { sort: 'porteur', direction: 'asc', kind: 'action' },
  { sort: 'statut', search: 'atelier' },
  { carrier: 'association', search: 'cafe debat' },
];

async function ok(channel: string, payload: unknown): Promise<unknown> {
  const answer = await dispatch(ctxHolder.ctx, channel, payload);
  if (!answer.ok) throw new Error(`${channel} : ${answer.error.message}`);
  return answer.value;
}
const ctxHolder = {} as { ctx: Parameters<typeof dispatch>[0] };

export async function runActionsBench(): Promise<BenchRow[]> {
  const app = await openActionsDataset();
  try {
    ctxHolder.ctx = app.ctx;
    const queries = QUERIES.map((q) => ({ ...q, limit: 200 }));
    const floors: RecordedSql[] = [];
    for (const q of queries) floors.push(await recordSql(() => ok('actions:list', q)));
    const rows: BenchRow[] = [];
    const sessions = (ACTIONS_SIZE.actions * ACTIONS_SIZE.sessionsPerAction).toLocaleString('en-US');
    const presences = (
      ACTIONS_SIZE.actions *
      ACTIONS_SIZE.sessionsPerAction *
      ACTIONS_SIZE.presentPerSession
    ).toLocaleString('en-US');
    rows.push(
      await compare(
        `Actions list search, ${ACTIONS_SIZE.actions.toLocaleString('en-US')} actions, ${sessions} sessions, ${presences} participations (${queries.length} queries in turn)`,
        (k) => ok('actions:list', queries[k % queries.length]),
        (k) => floors[k % floors.length]?.replay(),
        {
          runs: queries.length * 8,
          warmup: queries.length,
          floorLabel: SQL_FLOOR,
          target: atMost('p95', 20),
        },
      ),
    );
    const ids = Array.from({ length: 20 }, (_, i) => 1 + ((i * 241) % ACTIONS_SIZE.actions));
    const record = async (id: number) => {
      await ok('actions:get', { id });
      await ok('actions:sessions', { actionId: id, offset: 0, limit: 20 });
    };
    const recordFloors: RecordedSql[] = [];
    for (const id of ids) recordFloors.push(await recordSql(() => record(id)));
    rows.push(
      await compare(
        'Action record and its first sessions, 20 actions in turn',
        (k) => record(ids[k % ids.length] ?? 1),
        (k) => recordFloors[k % recordFloors.length]?.replay(),
        { runs: 40, warmup: 4, floorLabel: SQL_FLOOR, target: atMost('p95', 20) },
      ),
    );
    // On a shared machine wall times follow the load; the processor time of each side does less.
    for (const row of rows)
      console.log(
        `  ${row.name.slice(0, 40)}… CPU median ${row.subject.cpuMedian.toFixed(2)} ms, floor ${row.floor?.cpuMedian.toFixed(2) ?? '—'} ms`,
      );
    return rows;
  } finally {
    await app.close();
  }
}

if (/actions-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runActionsBench().then(printRows);
}
