/**
 * The people sections of « À faire »: formations de base due, chartes to sign. Only people
 * holding a mandate running today or later are weighed; the rules run on lean facts (ids and
 * dates) in name order, the lines are sorted by date or status then by that position, and
 * names are read for the page shown only.
 */
import * as peopleRepo from '../../db/todo/todo-people';
import * as todoRepo from '../../db/todo/todo';
import { baseTrainingDue, charterStatus, type BaseTrainingDue } from '../../shared/register/register-rules';
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
  // In name order: a person's position is the tie-break of both sections.
  const facts = await peopleRepo.runningPeopleFacts(ctx.db, today);
  const trained = await todoRepo.baseTrainingFacts(ctx.db, today);
  const signatures = await peopleRepo.lastSignatures(ctx.db, today);

  // The rule depends on the first start and on training only: weighed once per distinct case
  // (a few thousand dates), not once per person.
  const dueCache = new Map<string, BaseTrainingDue>();
  const dueOf = (firstMandateStart: string, hasBaseTraining: boolean) => {
    const key = `${hasBaseTraining ? 1 : 0}${firstMandateStart}`;
    let due = dueCache.get(key);
    if (due === undefined) {
      due = baseTrainingDue({
        firstMandateStart,
        hasBaseTraining,
        today,
        delayMonths: input.delayMonths,
        soonDays: input.soonDays,
        soonUntil: input.soonUntil,
      });
      dueCache.set(key, due);
    }
    return due;
  };

  const trainings: (Unnamed<TodoTraining> & { rank: number })[] = [];
  const charterLines: (Unnamed<TodoCharter> & { rank: number })[] = [];
  for (const [rank, f] of facts.entries()) {
    const due = dueOf(f.firstMandateStart, trained.done.has(f.representativeId));
    if ((due.status === 'en_retard' || due.status === 'bientot') && due.dueDate !== null) {
      trainings.push({
        representativeId: f.representativeId,
        firstMandateStart: f.firstMandateStart,
        dueDate: due.dueDate,
        overdue: due.status === 'en_retard',
        plannedOn: trained.planned.get(f.representativeId) ?? null,
        rank,
      });
    }
    const signed = signatures.lastSigned.get(f.representativeId) ?? null;
    const status = charterStatus({
      currentVersion: signatures.current,
      lastSignature: signed,
      latestMandateStart: f.latestMandateStart,
    });
    if (status === 'a_resigner' || status === 'jamais_signee') {
      charterLines.push({
        representativeId: f.representativeId,
        status,
        lastSignedOn: signed?.signedOn ?? null,
        rank,
      });
    }
  }
  trainings.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.rank - b.rank));
  charterLines.sort((a, b) =>
    a.status === b.status ? a.rank - b.rank : a.status === 'jamais_signee' ? -1 : 1,
  );

  const trainingStart = pageStart(trainings.length, input.offsets.trainings);
  const charterStart = pageStart(charterLines.length, input.offsets.charters);
  const trainingPage = trainings.slice(trainingStart, trainingStart + TODO_PAGE_LINES);
  const charterPage = charterLines.slice(charterStart, charterStart + TODO_PAGE_LINES);
  const names = await peopleRepo.namesOf(ctx.db, [
    ...new Set([...trainingPage, ...charterPage].map((l) => l.representativeId)),
  ]);
  const named = <T extends { representativeId: number; rank: number }>({ rank: _rank, ...line }: T) => ({
    ...line,
    representativeName: names.get(line.representativeId) ?? '',
  });
  return {
    trainings: { count: trainings.length, offset: trainingStart, lines: trainingPage.map(named) },
    charters: { count: charterLines.length, offset: charterStart, lines: charterPage.map(named) },
    charterPublished: signatures.current !== null,
  };
}
