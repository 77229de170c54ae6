/**
 * « À faire », the first screen: what the secretary must act on, computed from a handful of
 * grouped queries over the whole register, sorted by urgency, and sent one page per section
 * with each section's count.
 */
import * as todoRepo from '../../db/todo/todo';
import {
  REGISTER_SETTINGS_KEY,
  registerSettingsSchema,
  type RegisterSettings,
  type RegisterSettingsInput,
} from '../../shared/register/settings';
import type { TodoList } from '../../shared/register/types';
import { addDays, daysBetween } from '../../shared/register/register-rules';
import { pageOf } from '../../shared/todo/paging';
import type { TodoQuery } from '../../shared/todo/schemas';
import { todayIso, type ServiceContext } from '../service-context';
import { instanceSections } from './todo-instances';
import { peopleSections } from './todo-people';
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

export async function getTodo(ctx: ServiceContext, query: TodoQuery = {}): Promise<TodoList> {
  const offsets = query?.offsets ?? {};
  const today = todayIso(ctx);
  const settings = await getRegisterSettings(ctx);
  const days = settings.expiryWarningDays;
  const soonUntil = addDays(today, days);

  // Ends within the warning window only: bounded by the window, not by the register.
  const expiring = (await todoRepo.expiringMandates(ctx.db, today, soonUntil)).map((r) => ({
    ...r,
    daysLeft: daysBetween(today, r.endDate),
  }));
  const instances = await instanceSections(ctx, today);
  const people = await peopleSections(ctx, {
    today,
    soonUntil,
    delayMonths: settings.baseTrainingDelayMonths,
    soonDays: days,
    offsets: { trainings: offsets.trainings ?? 0, charters: offsets.charters ?? 0 },
  });

  return {
    today,
    expiryWarningDays: days,
    expiring: pageOf(expiring, offsets.expiring ?? 0),
    vacancies: pageOf(instances.vacancies, offsets.vacancies ?? 0),
    belowTarget: pageOf(instances.belowTarget, offsets.belowTarget ?? 0),
    trainings: people.trainings,
    charters: people.charters,
    treasury: await treasuryTodo(ctx, today),
    charterPublished: people.charterPublished,
    instanceCount: instances.instanceCount,
  };
}
