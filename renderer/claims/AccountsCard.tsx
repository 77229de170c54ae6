/** Reçus fiscaux et comptabilité: how receipts are grouped, and the accounts and journal code of the accounting export. */
import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ClaimsSettings } from '../../shared/claims/settings';
import { call, notifyError } from '../api';
import { useLoad } from '../hooks';

export function AccountsCard() {
  const { data, setData } = useLoad(() => call('claimsSettings:get', {}), []);
  if (!data) return null;
  const set = (change: Partial<ClaimsSettings>) => setData({ ...data, ...change });
  const setAccount = (k: keyof ClaimsSettings['accounts'], v: string) =>
    set({ accounts: { ...data.accounts, [k]: v } });
  const labels: Record<keyof ClaimsSettings['accounts'], string> = {
    travel: 'Frais de déplacement (625x)',
    missions: 'Repas et hébergement (625x)',
    volunteers: 'Bénévoles, frais à rembourser',
    abandon: 'Abandons de frais par les bénévoles',
    bank: 'Banque',
    cash: 'Caisse',
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Reçus fiscaux et comptabilité
      </Title>
      <Stack gap="sm">
        <Select
          label="Reçus fiscaux"
          w={420}
          allowDeselect={false}
          value={data.receiptGrouping}
          onChange={(v) => set({ receiptGrouping: v === 'par_note' ? 'par_note' : 'par_personne_annee' })}
          data={[
            { value: 'par_personne_annee', label: 'Un reçu par personne et par année' },
            { value: 'par_note', label: 'Un reçu par note abandonnée' },
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(Object.keys(labels) as Array<keyof ClaimsSettings['accounts']>).map((k) => (
            <TextInput
              key={k}
              label={labels[k]}
              value={data.accounts[k]}
              onChange={(e) => setAccount(k, e.currentTarget.value)}
            />
          ))}
          <TextInput
            label="Code journal"
            value={data.journalCode}
            onChange={(e) => set({ journalCode: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            onClick={() =>
              void call('claimsSettings:save', data).then(
                (s) => {
                  setData(s);
                  notifications.show({
                    color: 'teal',
                    title: 'Paramètres enregistrés',
                    message: 'Reçus fiscaux et comptes',
                  });
                },
                (e: unknown) => notifyError(e, 'Les paramètres n’ont pas été enregistrés'),
              )
            }
          >
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
