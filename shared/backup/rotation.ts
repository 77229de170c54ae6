/**
 * Which backups the rotation keeps: the newest of each of the last `keepDaily` days that have a
 * backup, of the last `keepWeekly` weeks (ISO weeks, Monday to Sunday) and of the last
 * `keepMonthly` months; the newest backup of all is always kept. Everything else is removed.
 * Days without a backup do not count: a laptop left closed for a month keeps its 7 dailies.
 */

export interface RotatedBackup {
  id: string;
  /** Local date and time of the backup, 'YYYY-MM-DDTHH:MM:SS' (sorts as text). */
  takenAt: string;
}

export interface RotationRule {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

const DAY_MS = 86_400_000;

/** The ISO week of a date as 'YYYY-Www' (the year the week's Thursday falls in). */
export function isoWeekKey(isoDate: string): string {
  const utc = Date.UTC(
    Number(isoDate.slice(0, 4)),
    Number(isoDate.slice(5, 7)) - 1,
    Number(isoDate.slice(8, 10)),
  );
  const weekday = (new Date(utc).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(utc + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function keepFirstOfEach(
  newestFirst: readonly RotatedBackup[],
  keyOf: (b: RotatedBackup) => string,
  count: number,
  kept: Set<string>,
): void {
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    if (seen.size >= count) return;
    const key = keyOf(backup);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.add(backup.id);
  }
}

export function rotate(
  backups: readonly RotatedBackup[],
  rule: RotationRule,
): { keep: string[]; remove: string[] } {
  const newestFirst = [...backups].sort((a, b) =>
    a.takenAt === b.takenAt ? b.id.localeCompare(a.id) : b.takenAt.localeCompare(a.takenAt),
  );
  const kept = new Set<string>();
  const newest = newestFirst[0];
  if (newest) kept.add(newest.id);
  keepFirstOfEach(newestFirst, (b) => b.takenAt.slice(0, 10), rule.keepDaily, kept);
  keepFirstOfEach(newestFirst, (b) => isoWeekKey(b.takenAt.slice(0, 10)), rule.keepWeekly, kept);
  keepFirstOfEach(newestFirst, (b) => b.takenAt.slice(0, 7), rule.keepMonthly, kept);
  return {
    keep: newestFirst.filter((b) => kept.has(b.id)).map((b) => b.id),
    remove: newestFirst.filter((b) => !kept.has(b.id)).map((b) => b.id),
  };
}
