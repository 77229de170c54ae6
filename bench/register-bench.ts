/**
 * « À faire » and the instances on the data set (people 40 % employed, mandates over ten years,
 * three years of meetings), requested as the renderer requests them, at the dispatch boundary,
 * against the same SQL run directly. Run alone: npx tsx bench/register-bench.ts [--large]
 */
import { dispatch } from '../electron/ipc/dispatch';
import { LARGE, NORMAL, openDataset } from './dataset';
import { atMost, compare, type BenchOptions, type BenchRow } from './measure';
import { printRows } from './print';
import { SQL_FLOOR, recordSql, type RecordedSql } from './sql-floor';

interface TodoSection {
  count: number;
  lines: unknown[];
}
type TodoAnswer = Record<'expiring' | 'vacancies' | 'belowTarget' | 'trainings' | 'charters', TodoSection>;

export async function runRegisterBench(options: BenchOptions): Promise<BenchRow[]> {
  const size = options.large ? LARGE : NORMAL;
  const app = await openDataset(size);
  try {
    const { ctx } = app;
    // Recording the floor runs the subject once: it is also the warm-up.
    let lines = 0;
    let sent = 0;
    const todoSql = await recordSql(async () => {
      const answer = await dispatch(ctx, 'todo:get', {});
      if (!answer.ok) throw new Error(answer.error.message);
      const todo = answer.value as unknown as TodoAnswer;
      const sections = [todo.expiring, todo.vacancies, todo.belowTarget, todo.trainings, todo.charters];
      lines = sections.reduce((sum, s) => sum + s.count, 0);
      sent = sections.reduce((sum, s) => sum + s.lines.length, 0);
    });
    const people = size.people.toLocaleString('en-US');
    const rows: BenchRow[] = [];
    rows.push(
      await compare(
        `« À faire », ${people} people, ${size.mandates.toLocaleString('en-US')} mandates (${lines.toLocaleString('en-US')} lines counted, ${sent} sent, ${todoSql.count} statements)`,
        () => dispatch(ctx, 'todo:get', {}),
        todoSql.replay,
        {
          runs: 15,
          warmup: 0,
          floorLabel: SQL_FLOOR,
          target: atMost('p95', options.large ? 300 : 100),
        },
      ),
    );
    const listSql = await recordSql(() => dispatch(ctx, 'instances:list', { search: '' }));
    rows.push(
      await compare(
        `Instances list, ${size.instances.toLocaleString('en-US')} instances with their seats`,
        () => dispatch(ctx, 'instances:list', { search: '' }),
        listSql.replay,
        { runs: options.large ? 5 : 10, warmup: 0, floorLabel: SQL_FLOOR },
      ),
    );
    const ids = Array.from({ length: 20 }, (_, i) => 1 + ((i * 97) % size.instances));
    const detailFloors: RecordedSql[] = [];
    for (const id of ids) detailFloors.push(await recordSql(() => dispatch(ctx, 'instances:get', { id })));
    rows.push(
      await compare(
        'Instance record (seats, history), 20 instances in turn',
        (k) => dispatch(ctx, 'instances:get', { id: ids[k % ids.length] ?? 1 }),
        (k) => detailFloors[k % detailFloors.length]?.replay(),
        { runs: 40, warmup: 4, floorLabel: SQL_FLOOR },
      ),
    );
    return rows;
  } finally {
    await app.close();
  }
}

if (/register-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runRegisterBench({ large: process.argv.includes('--large') }).then(printRows);
}
