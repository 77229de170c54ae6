/** French display formats. Stored values stay ISO dates and integer cents; only display changes. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return `${date.toLocaleDateString('fr-FR')} à ${date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
}

export function formatIban(iban: string | null | undefined): string {
  if (!iban) return '—';
  return iban.replace(/(.{4})/g, '$1 ').trim();
}
