/** Pure rules of projects and actions, read by the main process and the renderer alike. */
import { frenchDate } from '../rules/dates';
import { foldForSearch } from '../rules/text';
import { actionStatusLabels, actionStatuses, type ActionKind, type ActionStatus } from './schemas';

/**
 * What the list's search looks into, folded once when the action is saved: the title first (the
 * list sorts by title on this text), then the description, the partners and the place.
 */
export function actionSearchText(a: {
  title: string;
  description: string | null;
  partners: string | null;
  place: string | null;
}): string {
  return foldForSearch([a.title, a.place, a.partners, a.description].filter(Boolean).join(' '));
}

/** The first and last days of a year, as the stored ISO dates compare. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * An action belongs to a year when its period meets it: started on or before the year's end, and
 * ended (or, with no end, started) on or after its first day. An action without a start date
 * belongs to no year. The repository says the same in SQL (db/actions/actions.ts).
 */
export function actionInYear(a: { startDate: string | null; endDate: string | null }, year: number): boolean {
  if (a.startDate === null) return false;
  const { from, to } = yearBounds(year);
  return a.startDate <= to && (a.endDate ?? a.startDate) >= from;
}

/** The order in which the list sorts statuses: as a project lives, not alphabetically. */
export const statusRank = (status: ActionStatus): number => actionStatuses.indexOf(status);

/**
 * Why a project or an action may not be deleted, or null when it may: its sessions hold
 * attendance (and maybe attestations and claims), its actions would lose their project.
 * Cancelling it keeps everything and says it did not happen.
 */
export function deletionRefusal(
  kind: ActionKind,
  counts: { sessions: number; children: number },
): string | null {
  const what =
    counts.sessions > 0 && counts.children > 0
      ? 'a des séances enregistrées et des actions rattachées'
      : counts.sessions > 0
        ? 'a des séances enregistrées'
        : counts.children > 0
          ? 'a des actions rattachées'
          : null;
  if (what === null) return null;
  return kind === 'projet'
    ? `Ce projet ${what} : annulez-le plutôt que de le supprimer.`
    : `Cette action ${what} : annulez-la plutôt que de la supprimer.`;
}

/** The status said of a project (masculine) or of an action (feminine): « Prévu », « Prévue ». */
export function actionStatusLabel(kind: ActionKind, status: ActionStatus): string {
  const label = actionStatusLabels[status];
  return kind === 'action' && status !== 'en_cours' ? `${label}e` : label;
}

/** Themes offered in a form: the active ones, and the one already chosen even if archived since. */
export function offeredThemes<T extends { id: number; archived: boolean }>(
  themes: readonly T[],
  currentId: number | null,
): T[] {
  return themes.filter((t) => !t.archived || t.id === currentId);
}

/** « 12/03/2026 », « du 01/01/2026 au 30/06/2026 », « à partir du … », or a dash. */
export function periodText(startDate: string | null, endDate: string | null): string {
  if (startDate === null) return endDate === null ? '—' : `jusqu’au ${frenchDate(endDate)}`;
  if (endDate === null) return `à partir du ${frenchDate(startDate)}`;
  if (endDate === startDate) return frenchDate(startDate);
  return `du ${frenchDate(startDate)} au ${frenchDate(endDate)}`;
}
