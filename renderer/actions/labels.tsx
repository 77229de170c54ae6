/** How the pages of actions show a status, a period and a carrier. */
import { Badge } from '@mantine/core';
import { actionStatusLabel } from '../../shared/actions/rules';
import type { ActionKind, ActionStatus } from '../../shared/actions/schemas';

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

export { periodText } from '../../shared/actions/rules';

/** The years offered by the year filter: next year and the ten before this one. */
export function filterYears(today: Date = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 12 }, (_, i) => year + 1 - i);
}
