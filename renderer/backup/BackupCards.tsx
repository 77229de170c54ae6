/** The backup part of Paramètres › Application et données. */
import { Loader } from '@mantine/core';
import { call } from '../api';
import { useLoad } from '../hooks';
import { BackupSettingsCard } from './BackupSettingsCard';
import { RestoreCard } from './RestoreCard';

export function BackupCards() {
  const { data: status, reload } = useLoad(() => call('backup:status', {}), []);
  if (!status) return <Loader aria-label="Chargement des sauvegardes" />;
  return (
    <>
      <BackupSettingsCard status={status} onChanged={() => void reload()} />
      <RestoreCard status={status} />
    </>
  );
}
