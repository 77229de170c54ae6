/** Pages of « À faire »: where a page starts, the same rule for the main process and the screen. */

/** The secretary's sections of « À faire » that are paged (the congé section has its own call). */
export const TODO_SECTIONS = ['expiring', 'vacancies', 'belowTarget', 'trainings', 'charters'] as const;
export type TodoSectionKey = (typeof TODO_SECTIONS)[number];

/** Lines per page of a section: a long list helps nobody act, the count says how long it is. */
export const TODO_PAGE_LINES = 50;

/**
 * The first line of the page asked for: `offset` itself, or the start of the last page when the
 * list has shrunk below it meanwhile (a line settled elsewhere), so that a page is never empty
 * while the section still has lines.
 */
export function pageStart(count: number, offset: number, size: number = TODO_PAGE_LINES): number {
  if (offset < count) return Math.max(0, offset);
  return count === 0 ? 0 : Math.floor((count - 1) / size) * size;
}

/** One page of an already ordered list, with its count. */
export function pageOf<T>(
  items: readonly T[],
  offset: number,
  size: number = TODO_PAGE_LINES,
): { count: number; offset: number; lines: T[] } {
  const start = pageStart(items.length, offset, size);
  return { count: items.length, offset: start, lines: items.slice(start, start + size) };
}
