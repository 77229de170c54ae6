/**
 * The people sections of « À faire »: formations de base due, chartes to sign. Only people
 * holding a mandate running today or later are weighed; the rules run on lean facts (ids and
 * dates), the lines are ordered by date or status then by name through each person's position
 * in the name order, and names are read for the page shown only.
 */
import * as peopleRepo from '../../db/todo/todo-people';
import * as todoRepo from '../../db/todo/todo';
import { baseTrainingDue } from '../../shared/register/register-rules';
import type { TodoCharter, TodoPage, TodoTraining } from '../../shared/register/types';
import { pageStart, TODO_PAGE_LINES } from '../../shared/todo/paging';
import type { ServiceContext } from '../service-context';

export interface PeopleSections {
  trainings: TodoPage<TodoTraining>;
  charters: TodoPage<TodoCharter>;
  charterPublished: boolean;
}

type Unnamed<T> = Omit<T, 'representativeName'>;

export async function peopleSections(
  ctx: ServiceContext,
  input: {
    today: string;
    soonUntil: string;
    delayMonths: number;
    soonDays: number;
    offsets: { trainings: number; charters: number };
  },
): Promise<PeopleSections> {
  const { today } = input;
  const facts = await peopleRepo.runningPeopleFacts(ctx.db, today);
  const rank = new Map<number, number>();
  for (const [position, id] of (await peopleRepo.activePeopleInNameOrder(ctx.db)).entries()) {
    rank.set(id, position);
  }
  const current = facts.filter((f) => rank.has(f.representativeId));
  const trained = await todoRepo.baseTrainingFacts(ctx.db, today);
  const charters = await todoRepo.loadCharterStandings(
    ctx.db,
    today,
    current.map((f) => f.representativeId),
    new Map(
      current.flatMap((f) =>
        f.latestMandateStart === null ? [] : [[f.representativeId, f.latestMandateStart] as const],
      ),
    ),
  );

  const trainings: Unnamed<TodoTraining>[] = [];
  const charterLines: Unnamed<TodoCharter>[] = [];
  for (const f of current) {
    const due = baseTrainingDue({
      firstMandateStart: f.firstMandateStart,
      hasBaseTraining: trained.done.has(f.representativeId),
      today,
      delayMonths: input.delayMonths,
      soonDays: input.soonDays,
      soonUntil: input.soonUntil,
    });
    if ((due.status === 'en_retard' || due.status === 'bientot') && due.dueDate !== null) {
      trainings.push({
        representativeId: f.representativeId,
        firstMandateStart: f.firstMandateStart,
        dueDate: due.dueDate,
        overdue: due.status === 'en_retard',
        plannedOn: trained.planned.get(f.representativeId) ?? null,
      });
    }
    const standing = charters.standings.get(f.representativeId);
    if (standing && (standing.status === 'a_resigner' || standing.status === 'jamais_signee')) {
      charterLines.push({
        representativeId: f.representativeId,
        status: standing.status,
        lastSignedOn: standing.lastSignedOn,
      });
    }
  }
  const byName = (a: { representativeId: number }, b: { representativeId: number }) =>
    (rank.get(a.representativeId) ?? 0) - (rank.get(b.representativeId) ?? 0);
  trainings.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : byName(a, b)));
  charterLines.sort((a, b) => (a.status === b.status ? byName(a, b) : a.status === 'jamais_signee' ? -1 : 1));

  const trainingStart = pageStart(trainings.length, input.offsets.trainings);
  const charterStart = pageStart(charterLines.length, input.offsets.charters);
  const trainingPage = trainings.slice(trainingStart, trainingStart + TODO_PAGE_LINES);
  const charterPage = charterLines.slice(charterStart, charterStart + TODO_PAGE_LINES);
  const names = await peopleRepo.namesOf(ctx.db, [
    ...new Set([...trainingPage, ...charterPage].map((l) => l.representativeId)),
  ]);
  const named = <T extends { representativeId: number }>(line: T) => ({
    ...line,
    representativeName: names.get(line.representativeId) ?? '',
  });
  return {
    trainings: { count: trainings.length, offset: trainingStart, lines: trainingPage.map(named) },
    charters: { count: charterLines.length, offset: charterStart, lines: charterPage.map(named) },
    charterPublished: charters.current !== null,
  };
}
