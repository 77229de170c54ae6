/** French display formats. Stored values stay ISO dates and integer cents; only display changes. */
import { frenchDate } from '../shared/rules/dates';
import { formatClockTime } from '../shared/rules/format-fr';

/** '2026-11-22' (or a timestamp) → '22/11/2026'; a dash for none. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? frenchDate(iso.slice(0, 10)) : '—';
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  const hhmm = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${date.toLocaleDateString('fr-FR')} à ${formatClockTime(hhmm)}`;
}

export function formatIban(iban: string | null | undefined): string {
  if (!iban) return '—';
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
