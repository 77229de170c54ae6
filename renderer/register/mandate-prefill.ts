import { defaultEndDate, isIsoDate } from '../../shared/rules/dates';

/**
 * The planned end the mandate form proposes once the start and the instance are known: the
 * term rule of the main process itself, so the form never shows an end the server would not
 * compute. Undefined while the start is not a date yet (the field is left as it is).
 */
export function prefilledEndDate(start: string | null, months: number | null): string | null | undefined {
  if (start === null || !isIsoDate(start)) return undefined;
  return defaultEndDate(start, months);
}
