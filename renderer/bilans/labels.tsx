/** How the bilans' pages show a financement's status. */
import { Badge } from '@mantine/core';
import { fundingStatusLabels, type FundingStatus } from '../../shared/bilans/fundings';

const colors: Record<FundingStatus, string> = {
  demande: 'blue',
  accorde: 'teal',
  verse: 'gray',
  refuse: 'red',
};

export function FundingStatusBadge(props: { status: FundingStatus }) {
  return (
    <Badge color={colors[props.status]} variant="light">
      {fundingStatusLabels[props.status]}
    </Badge>
  );
}
