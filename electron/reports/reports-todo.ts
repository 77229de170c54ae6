/** The comptes rendus' sections of « À faire », and the setting that says when a report is expected. */
import { expectedReports, followUpsToDo } from '../../db/reports/reports-todo';
import {
  REPORTS_SETTINGS_KEY,
  reportsSettingsSchema,
  type ReportsSettings,
  type ReportsSettingsInput,
} from '../../shared/reports/settings';
import type { ReportsTodo } from '../../shared/reports/types';
import { readSettings, writeSettings } from '../association/settings';
import { todayIso, type ServiceContext } from '../service-context';
import { followUpWindowDays } from './reports';

/** Lines sent per section; the count covers them all and the lists are one click away. */
export const TODO_LINES = 50;

export function getReportsSettings(ctx: ServiceContext): Promise<ReportsSettings> {
  return readSettings(ctx.db, REPORTS_SETTINGS_KEY, reportsSettingsSchema);
}

export function saveReportsSettings(
  ctx: ServiceContext,
  value: ReportsSettingsInput,
): Promise<ReportsSettings> {
  return writeSettings(ctx, REPORTS_SETTINGS_KEY, reportsSettingsSchema, value);
}

export async function reportsTodo(ctx: ServiceContext, limit = TODO_LINES): Promise<ReportsTodo> {
  const today = todayIso(ctx);
  const { reportDueDays } = await getReportsSettings(ctx);
  const windowDays = await followUpWindowDays(ctx);
  return {
    today,
    reportDueDays,
    windowDays,
    expected: await expectedReports(ctx.db, today, reportDueDays, limit),
    followUps: await followUpsToDo(ctx.db, today, windowDays, limit),
  };
}
