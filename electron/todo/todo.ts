/**
 * « À faire », the first screen: what the secretary must act on, computed from a handful of
 * grouped queries over the whole register, then sorted by urgency.
 */
import * as instancesRepo from '../../db/register/instances';
import * as todoRepo from '../../db/todo/todo';
import {
  REGISTER_SETTINGS_KEY,
  registerSettingsSchema,
  type RegisterSettings,
  type RegisterSettingsInput,
} from '../../shared/register/settings';
import type {
  TodoBelowTarget,
  TodoCharter,
  TodoList,
  TodoTraining,
  TodoVacancy,
} from '../../shared/register/types';
import { foldForSearch } from '../../shared/rules/text';
import { addDays, baseTrainingDue, daysBetween, vacantSeats } from '../../shared/register/register-rules';
import { todayIso, type ServiceContext } from '../service-context';
import { treasuryTodo } from './todo-treasury';
import { readSettings, writeSettings } from '../association/settings';

export function getRegisterSettings(ctx: ServiceContext): Promise<RegisterSettings> {
  return readSettings(ctx.db, REGISTER_SETTINGS_KEY, registerSettingsSchema);
}

export function saveRegisterSettings(
  ctx: ServiceContext,
  value: RegisterSettingsInput,
): Promise<RegisterSettings> {
  return writeSettings(ctx, REGISTER_SETTINGS_KEY, registerSettingsSchema, value);
}

export async function getTodo(ctx: ServiceContext): Promise<TodoList> {
  const today = todayIso(ctx);
  const settings = await getRegisterSettings(ctx);
  const days = settings.expiryWarningDays;

  const expiringRows = await todoRepo.expiringMandates(ctx.db, today, addDays(today, days));
  const records = await todoRepo.seatTargets(ctx.db);
  const counts = await instancesRepo.activeCountsByInstance(ctx.db, today);
  const facts = await todoRepo.personMandateFacts(ctx.db, today);
  const trained = await todoRepo.baseTrainingFacts(ctx.db, today);
  // Only people holding a mandate are listed, and their latest start is already known.
  const current = facts.filter((f) => f.currentCount > 0);
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

  const expiring = expiringRows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.endDate) }));

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
  // Folded keys computed once: a collator called inside sort costs more than the queries here.
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

  const soonUntil = addDays(today, days);
  const trainings: TodoTraining[] = [];
  const charterLines: TodoCharter[] = [];
  for (const f of current) {
    const due = baseTrainingDue({
      firstMandateStart: f.firstMandateStart,
      hasBaseTraining: trained.done.has(f.representativeId),
      today,
      delayMonths: settings.baseTrainingDelayMonths,
      soonDays: days,
      soonUntil,
    });
    if ((due.status === 'en_retard' || due.status === 'bientot') && due.dueDate !== null) {
      trainings.push({
        representativeId: f.representativeId,
        representativeName: f.representativeName,
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
        representativeName: f.representativeName,
        status: standing.status,
        lastSignedOn: standing.lastSignedOn,
      });
    }
  }
  // People come ordered by name from the query; the stable sorts below keep that order within a date or a status.
  trainings.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  charterLines.sort((a, b) => (a.status === b.status ? 0 : a.status === 'jamais_signee' ? -1 : 1));

  return {
    today,
    expiryWarningDays: days,
    expiring,
    vacancies,
    belowTarget,
    trainings,
    charters: charterLines,
    treasury: await treasuryTodo(ctx, today),
    charterPublished: charters.current !== null,
    instanceCount: records.length,
  };
}
