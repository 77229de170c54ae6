import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { call } from '../api';
import { useLoad } from '../hooks';
import { currentYear } from './ui';
import { AccountsCard } from './AccountsCard';
import { MileageScaleCard } from './MileageScaleCard';
import { PolicyCard } from './PolicyCard';

/** Paramètres › Frais: policy and scale of a year, receipts and accounts. */
export function ClaimsSettingsTab() {
  const years = useLoad(() => call('scales:years', {}), []);
  const [year, setYear] = useState(currentYear());
  const known = years.data?.years ?? [];
  const options = [...new Set([...known, currentYear(), currentYear() + 1])]
    .sort((a, b) => b - a)
    .map(String);
  return (
    <Stack gap="md" maw={1100}>
      <Select
        label="Année"
        w={140}
        allowDeselect={false}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        data={options}
      />
      <PolicyCard year={year} />
      <MileageScaleCard year={year} onOpened={() => void years.reload()} />
      <AccountsCard />
    </Stack>
  );
}
