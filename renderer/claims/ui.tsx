/** Small pieces shared by the claims pages. */
import { Badge, Select } from '@mantine/core';
import { claimStatusLabels, type ClaimStatus } from '../../shared/claims/schemas';
import { call } from '../api';
import { useLoad } from '../hooks';

const statusColors: Record<ClaimStatus, string> = {
  brouillon: 'gray',
  soumise: 'blue',
  validee: 'teal',
  payee: 'green',
  refusee: 'red',
  abandonnee: 'grape',
  annulee: 'dark',
};

export function StatusBadge(props: { status: ClaimStatus }) {
  return (
    <Badge color={statusColors[props.status]} variant="light">
      {claimStatusLabels[props.status]}
    </Badge>
  );
}

/** "12,5" or 12.5 → 125 tenths; null when empty or not a number. */
export function kmToTenths(value: string | number): number | null {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 10) : null;
}

/** "32,50" or 32.5 → 3250 cents; null when empty or not a number. */
export function eurosToCents(value: string | number): number | null {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

export function PersonSelect(props: {
  value: number | null;
  onChange: (id: number | null) => void;
  label?: string;
  error?: string;
  disabled?: boolean;
  clearable?: boolean;
  w?: number | string;
}) {
  const { data } = useLoad(
    () => call('representatives:list', { status: 'actifs', search: '', sort: 'nom', direction: 'asc' }),
    [],
  );
  return (
    <Select
      label={props.label ?? 'Représentant'}
      placeholder="Choisir une personne"
      searchable
      clearable={props.clearable}
      disabled={props.disabled}
      nothingFoundMessage="Personne ne correspond"
      data={(data?.rows ?? []).map((r) => ({
        value: String(r.id),
        label: `${r.lastName.toUpperCase()} ${r.firstName}`,
      }))}
      value={props.value === null ? null : String(props.value)}
      onChange={(v) => props.onChange(v ? Number(v) : null)}
      error={props.error}
      w={props.w}
    />
  );
}

export const currentYear = (): number => new Date().getFullYear();
