import { Badge } from '@mantine/core';
import { plural } from '../../shared/rules/plural';
import type { Mandate } from '../../shared/register/types';

/** The shared French plural (0 and 1 singular), kept here for the register's pages. */
export { plural };

export function MandateStatusBadge(props: { mandate: Pick<Mandate, 'status' | 'renewedById'> }) {
  const { status } = props.mandate;
  if (status === 'a_venir')
    return (
      <Badge color="blue" variant="light" miw="fit-content">
        À venir
      </Badge>
    );
  if (status === 'termine')
    return (
      <Badge color="gray" variant="light" miw="fit-content">
        Terminé
      </Badge>
    );
  return (
    <Badge color="teal" variant="light" miw="fit-content">
      En cours
    </Badge>
  );
}

export const seatRoleLabel = (role: 'titulaire' | 'suppleant', n = 1) =>
  role === 'titulaire' ? (n > 1 ? 'titulaires' : 'titulaire') : n > 1 ? 'suppléants' : 'suppléant';

/** Months as people say them: "36 mois (3 ans)". */
export function formatMonths(months: number | null): string {
  if (months === null) return 'sans durée fixe';
  if (months % 12 === 0) return `${months} mois (${plural(months / 12, 'an', 'ans')})`;
  return `${months} mois`;
}
