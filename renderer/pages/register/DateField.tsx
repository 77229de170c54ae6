import { DateInput, type DateInputProps } from '@mantine/dates';

/** "22/11/2026", "22112026" or "2026-11-22" → "2026-11-22"; anything else → null. */
export function parseFrenchDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const fr = /^(\d{1,2})[/.\s-]?(\d{1,2})[/.\s-]?(\d{4})$/.exec(t);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (fr) [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A date typed or picked the French way, kept as ISO text. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return (
    <DateInput valueFormat="DD/MM/YYYY" dateParser={parseFrenchDate} placeholder="jj/mm/aaaa" {...props} />
  );
}

/** End of a term of `months` starting on `start`: the day before the same date `months` later. */
export function termEnd(start: string, months: number | null): string | null {
  if (months === null) return null;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, month, Math.min(d, last)) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
