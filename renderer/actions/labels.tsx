/** How the pages of actions show a status, a period and a carrier. */
import { Badge } from '@mantine/core';
import { actionStatusLabel } from '../../shared/actions/rules';
import type { ActionKind, ActionStatus } from '../../shared/actions/schemas';
import { formatDate } from '../format';

const statusColors: Record<ActionStatus, string> = {
  prevu: 'blue',
  en_cours: 'teal',
  termine: 'gray',
  annule: 'red',
};

export function StatusBadge(props: { kind: ActionKind; status: ActionStatus }) {
  return (
    <Badge color={statusColors[props.status]} variant="light">
      {actionStatusLabel(props.kind, props.status)}
    </Badge>
  );
}

/** « 12/03/2026 », « du 01/01/2026 au 30/06/2026 », « à partir du … », or a dash. */
export function periodText(startDate: string | null, endDate: string | null): string {
  if (startDate === null) return endDate === null ? '—' : `jusqu’au ${formatDate(endDate)}`;
  if (endDate === null) return `à partir du ${formatDate(startDate)}`;
  if (endDate === startDate) return formatDate(startDate);
  return `du ${formatDate(startDate)} au ${formatDate(endDate)}`;
}

/** The years offered by the year filter: next year and the ten before this one. */
export function filterYears(today: Date = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 12 }, (_, i) => year + 1 - i);
}
