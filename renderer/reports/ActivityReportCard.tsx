/** The yearly compte rendu d'activité: for one representative, one instance, or everyone (a batch). */
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { PersonOption } from '../../shared/reports/types';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { runBatch } from '../components/batch-jobs';
import { offerFile } from '../files';
import { useLoad } from '../hooks';
import { PersonPicker } from './PersonPicker';
import { yearOptions } from './ReportsList';

export function ActivityReportCard() {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'personne' | 'instance' | 'tous' | null>(null);
  const { data: instances } = useLoad(() => call('meetings:instances', {}), []);

  const run = async (what: 'personne' | 'instance' | 'tous') => {
    setBusy(what);
    try {
      if (what === 'personne' && person) {
        offerFile(
          await call('reports:personActivityPdf', { representativeId: person.id, year: Number(year) }),
          `Compte rendu d’activité ${year} — ${person.name}`,
        );
      } else if (what === 'instance' && instanceId) {
        offerFile(
          await call('reports:instanceActivityPdf', { instanceId: Number(instanceId), year: Number(year) }),
          `Compte rendu d’activité ${year}`,
        );
      } else if (what === 'tous') {
        const file = await runBatch(`Comptes rendus d’activité ${year}`, {
          channel: 'reports:allActivityPdf',
          input: { year: Number(year) },
        });
        if (!file) return;
        notifications.show({
          color: 'teal',
          title: 'Comptes rendus d’activité prêts',
          message: `${plural(file.count, 'représentant', 'représentants')} dans un seul PDF.`,
        });
        offerFile(file, `Comptes rendus d’activité ${year}`);
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Compte rendu d’activité de l’année
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Pour l’assemblée générale : les réunions et séances de l’année avec les points soulevés, les positions
        prises et l’état des suivis. Les comptes rendus confidentiels n’y figurent pas ; le document dit
        combien ont été laissés de côté.
      </Text>
      <Stack gap="sm">
        <Select
          label="Année"
          data={yearOptions()}
          value={year}
          onChange={(v) => setYear(v ?? year)}
          allowDeselect={false}
          w={120}
        />
        <Group align="flex-end" gap="sm">
          <PersonPicker
            label="Un représentant"
            placeholder="Tapez un nom"
            value={person}
            onChange={setPerson}
            w={260}
          />
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            disabled={!person}
            loading={busy === 'personne'}
            onClick={() => void run('personne')}
          >
            Imprimer
          </Button>
        </Group>
        <Group align="flex-end" gap="sm">
          <Select
            label="Une instance"
            placeholder="Choisissez l’instance"
            searchable
            clearable
            data={(instances ?? []).map((i) => ({
              value: String(i.id),
              label: `${i.name} — ${i.organisationName}`,
            }))}
            value={instanceId}
            onChange={setInstanceId}
            w={260}
          />
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            disabled={!instanceId}
            loading={busy === 'instance'}
            onClick={() => void run('instance')}
          >
            Imprimer
          </Button>
        </Group>
        <Group>
          <Button
            leftSection={<IconFileTypePdf size={16} />}
            loading={busy === 'tous'}
            onClick={() => void run('tous')}
          >
            Tous les représentants
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
