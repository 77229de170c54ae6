/** When a backup is due, and when « À faire » says the last one is too old. */
import { daysBetween, localTodayIso } from '../rules/dates';

/** At most one automatic backup a day: due when none succeeded yet on this calendar day. */
export function automaticBackupDue(lastSuccessAt: string | null, now: Date): boolean {
  return lastSuccessAt === null || localTodayIso(new Date(lastSuccessAt)) !== localTodayIso(now);
}

/** Whole days since the last backup that succeeded (0 the same day). */
export function daysSinceBackup(lastSuccessAt: string, now: Date): number {
  return daysBetween(localTodayIso(new Date(lastSuccessAt)), localTodayIso(now));
}

/** Too old once strictly more than `warnAfterDays` days have passed. */
export function backupTooOld(lastSuccessAt: string, now: Date, warnAfterDays: number): boolean {
  return daysSinceBackup(lastSuccessAt, now) > warnAfterDays;
}
