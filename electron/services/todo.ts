/**
 * « À faire », the first screen: what the secretary must act on, computed from a handful of
 * grouped queries over the whole register, then sorted by urgency.
 */
import * as instancesRepo from '../../db/repositories/instances';
import * as todoRepo from '../../db/repositories/todo';
import {
  REGISTER_SETTINGS_KEY,
  registerSettingsSchema,
  type RegisterSettings,
  type RegisterSettingsInput,
} from '../../shared/schemas/register-settings';
import type { TodoBelowTarget, TodoCharter, TodoList, TodoTraining, TodoVacancy } from '../../shared/types/register-domain';
import { addDays, baseTrainingDue, daysBetween, vacantSeats } from '../rules/register-rules';
import { todayIso, type ServiceContext } from './context';
import { readSettings, writeSettings } from './settings';

export function getRegisterSettings(ctx: ServiceContext): Promise<RegisterSettings> {
  return readSettings(ctx.db, REGISTER_SETTINGS_KEY, registerSettingsSchema);
}

export function saveRegisterSettings(ctx: ServiceContext, value: RegisterSettingsInput): Promise<RegisterSettings> {
  return writeSettings(ctx, REGISTER_SETTINGS_KEY, registerSettingsSchema, value);
}

export async function getTodo(ctx: ServiceContext): Promise<TodoList> {
  const today = todayIso(ctx);
  const settings = await getRegisterSettings(ctx);
  const days = settings.expiryWarningDays;

  const [expiringRows, records, counts, facts, trained, charters] = await Promise.all([
    todoRepo.expiringMandates(ctx.db, today, addDays(today, days)),
    instancesRepo.listInstanceRecords(ctx.db, { status: 'actifs', organisationId: null, typeId: null }),
    instancesRepo.activeCountsByInstance(ctx.db, today),
    todoRepo.personMandateFacts(ctx.db, today),
    todoRepo.peopleWithBaseTraining(ctx.db),
    todoRepo.loadCharterStandings(ctx.db, today),
  ]);

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
        vacancies.push({ instanceId: r.id, instanceName: r.name, organisationName: r.organisationName, role, vacant, seats });
      }
    }
    const people = c?.people ?? 0;
    if (r.targetMin > 0 && people < r.targetMin) {
      belowTarget.push({ instanceId: r.id, instanceName: r.name, organisationName: r.organisationName, activePeople: people, targetMin: r.targetMin });
    }
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const byInstance = (a: { organisationName: string; instanceName: string }, b: { organisationName: string; instanceName: string }) =>
    collator.compare(a.organisationName, b.organisationName) || collator.compare(a.instanceName, b.instanceName);
  vacancies.sort((a, b) => byInstance(a, b) || (a.role === b.role ? 0 : a.role === 'titulaire' ? -1 : 1));
  belowTarget.sort((a, b) => a.activePeople / a.targetMin - b.activePeople / b.targetMin || byInstance(a, b));

  const trainings: TodoTraining[] = [];
  const charterLines: TodoCharter[] = [];
  for (const f of facts) {
    // Only people who currently hold (or are about to hold) a mandate have something to do.
    if (f.currentCount === 0) continue;
    const due = baseTrainingDue({
      firstMandateStart: f.firstMandateStart,
      hasBaseTraining: trained.has(f.representativeId),
      today,
      delayMonths: settings.baseTrainingDelayMonths,
      soonDays: days,
    });
    if ((due.status === 'en_retard' || due.status === 'bientot') && due.dueDate !== null) {
      trainings.push({
        representativeId: f.representativeId,
        representativeName: f.representativeName,
        firstMandateStart: f.firstMandateStart,
        dueDate: due.dueDate,
        overdue: due.status === 'en_retard',
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
  trainings.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || collator.compare(a.representativeName, b.representativeName));
  charterLines.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'jamais_signee' ? -1 : 1) || collator.compare(a.representativeName, b.representativeName),
  );

  return {
    today,
    expiryWarningDays: days,
    expiring,
    vacancies,
    belowTarget,
    trainings,
    charters: charterLines,
    charterPublished: charters.current !== null,
  };
}
