import { formatClockTime } from '../shared/rules/format-fr';
/** French display formats. Stored values stay ISO dates and integer cents; only display changes. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
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
