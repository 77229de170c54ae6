/**
 * The instance sections of « À faire »: seats left vacant, and instances with fewer people than
 * their target. One line per instance (and seat role) at most, ordered by organisation and
 * instance as French readers expect.
 */
import * as instancesRepo from '../../db/register/instances';
import * as todoRepo from '../../db/todo/todo';
import { vacantSeats } from '../../shared/register/register-rules';
import type { TodoBelowTarget, TodoVacancy } from '../../shared/register/types';
import { foldForSearch } from '../../shared/rules/text';
import type { ServiceContext } from '../service-context';

export interface InstanceSections {
  vacancies: TodoVacancy[];
  belowTarget: TodoBelowTarget[];
  instanceCount: number;
}

export async function instanceSections(ctx: ServiceContext, today: string): Promise<InstanceSections> {
  const records = await todoRepo.seatTargets(ctx.db);
  const counts = await instancesRepo.activeCountsByInstance(ctx.db, today);
  const vacancies: TodoVacancy[] = [];
  const belowTarget: TodoBelowTarget[] = [];
  for (const r of records) {
    const c = counts.get(r.id);
    for (const [role, seats, held] of [
      ['titulaire', r.seatsTitulaire, c?.titulaires ?? 0],
      ['suppleant', r.seatsSuppleant, c?.suppleants ?? 0],
    ] as const) {
      const vacant = vacantSeats(seats, held);
      if (vacant > 0) {
        vacancies.push({
          instanceId: r.id,
          instanceName: r.name,
          organisationName: r.organisationName,
          role,
          vacant,
          seats,
        });
      }
    }
    const people = c?.people ?? 0;
    if (r.targetMin > 0 && people < r.targetMin) {
      belowTarget.push({
        instanceId: r.id,
        instanceName: r.name,
        organisationName: r.organisationName,
        activePeople: people,
        targetMin: r.targetMin,
      });
    }
  }
  // Keys computed once per name: a collator called inside sort costs more than the queries here.
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let k = keys.get(text);
    if (k === undefined) {
      k = foldForSearch(text);
      keys.set(text, k);
    }
    return k;
  };
  const cmp = (a: string, b: string) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const byInstance = (
    a: { organisationName: string; instanceName: string },
    b: { organisationName: string; instanceName: string },
  ) => cmp(a.organisationName, b.organisationName) || cmp(a.instanceName, b.instanceName);
  vacancies.sort((a, b) => byInstance(a, b) || (a.role === b.role ? 0 : a.role === 'titulaire' ? -1 : 1));
  belowTarget.sort((a, b) => a.activePeople / a.targetMin - b.activePeople / b.targetMin || byInstance(a, b));
  return { vacancies, belowTarget, instanceCount: records.length };
}
