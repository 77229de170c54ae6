/**
 * Paramètres › Application et données: where backups go, how many are kept, when « À faire »
 * speaks up, the last backup and its result, and « Sauvegarder maintenant » (a job: the window
 * stays usable, the progress shows at the bottom right).
 */
import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { backupSettingsSchema, type BackupSettings } from '../../shared/backup/settings';
import type { BackupStatus } from '../../shared/backup/types';
import { formatFileSize } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { ApiCallError, call, notifyError } from '../api';
import { runBatch } from '../components/batch-jobs';
import { formatDateTime } from '../format';
import { schemaValidator } from '../forms';

export function BackupSettingsCard(props: { status: BackupStatus; onChanged: () => void }) {
  const { status } = props;
  const [running, setRunning] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useForm<BackupSettings>({
    mode: 'controlled',
    initialValues: { folder: '', keepDaily: 7, keepWeekly: 4, keepMonthly: 12, warnAfterDays: 7 },
    validate: schemaValidator<BackupSettings>(backupSettingsSchema),
  });
  useEffect(() => {
    call('backup:settings', {})
      .then((s) => {
        form.setValues(s);
        form.resetDirty(s);
      })
      .catch((e: unknown) => notifyError(e, 'Chargement impossible'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: BackupSettings) => {
    setSaving(true);
    try {
      const saved = await call('backup:saveSettings', values);
      form.setValues(saved);
      form.resetDirty(saved);
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: 'Les réglages des sauvegardes sont enregistrés.',
      });
      props.onChanged();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Les réglages n’ont pas été enregistrés');
    } finally {
      setSaving(false);
    }
  };

  const backupNow = async () => {
    setRunning(true);
    try {
      const outcome = await runBatch('Sauvegarde en cours (Mo copiés)', { channel: 'backup:now', input: {} });
      if (outcome) {
        notifications.show({
          color: 'teal',
          title: 'Sauvegarde terminée',
          message: `${outcome.path} (${formatFileSize(outcome.sizeBytes)})${
            outcome.deleted > 0
              ? ` — ${plural(outcome.deleted, 'ancienne sauvegarde retirée', 'anciennes sauvegardes retirées')}`
              : ''
          }`,
          autoClose: 8000,
        });
      }
    } finally {
      setRunning(false);
      props.onChanged();
    }
  };

  const browse = async () => {
    try {
      const { path } = await call('backup:pick', { what: 'backupFolder' });
      if (path) form.setFieldValue('folder', path);
    } catch (error) {
      notifyError(error);
    }
  };

  const last = status.lastAttempt;
  return (
    <Card withBorder data-testid="sauvegardes">
      <Title order={3} size="h5" mb="sm">
        Sauvegardes
      </Title>
      <Text size="sm" mb="sm">
        Porte-voix sauvegarde les données et les pièces jointes une fois par jour (à la fermeture, ou pendant
        l’utilisation) et avant chaque mise à jour, dans un seul fichier par sauvegarde. Choisissez de
        préférence un dossier sur une clé USB, un disque externe ou un dossier synchronisé : une sauvegarde
        sur le même disque ne protège pas d’une panne ou d’un vol de l’ordinateur.
      </Text>
      <Group gap="xs" mb="xs">
        <Text size="sm" fw={600}>
          Dernière sauvegarde :
        </Text>
        <Text size="sm" data-testid="derniere-sauvegarde">
          {status.lastSuccessAt ? formatDateTime(status.lastSuccessAt) : 'aucune pour l’instant'}
        </Text>
      </Group>
      {last && !last.ok && (
        <Alert color="red" mb="sm" title={`La sauvegarde du ${formatDateTime(last.at)} a échoué`}>
          {last.message}
        </Alert>
      )}
      {status.folderProblem && (
        <Alert color="orange" mb="sm" title="Dossier de sauvegarde inaccessible">
          {status.folderProblem}
        </Alert>
      )}
      <Group mb="md">
        <Button onClick={() => void backupNow()} loading={running} disabled={status.folderProblem !== null}>
          Sauvegarder maintenant
        </Button>
      </Group>
      <form
        onSubmit={form.onSubmit((values) => void save(values))}
        onReset={(e) => {
          e.preventDefault();
          form.reset();
        }}
      >
        <Stack gap="sm">
          <Group align="end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label="Dossier de sauvegarde"
              description={
                <>
                  Chemin complet du dossier. Laissé vide : <Code>{status.defaultFolder}</Code>
                </>
              }
              placeholder={status.defaultFolder}
              {...form.getInputProps('folder')}
            />
            {status.canBrowse && (
              <Button variant="default" onClick={() => void browse()}>
                Parcourir…
              </Button>
            )}
          </Group>
          <Text size="sm" fw={500} mb={-8}>
            Garder la plus récente sauvegarde de chacun des derniers…
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <NumberInput
              label="Jours"
              min={1}
              max={366}
              allowDecimal={false}
              {...form.getInputProps('keepDaily')}
            />
            <NumberInput
              label="Semaines"
              min={0}
              max={520}
              allowDecimal={false}
              {...form.getInputProps('keepWeekly')}
            />
            <NumberInput
              label="Mois"
              min={0}
              max={240}
              allowDecimal={false}
              {...form.getInputProps('keepMonthly')}
            />
            <NumberInput
              label="Alerte après (jours)"
              min={1}
              max={365}
              allowDecimal={false}
              {...form.getInputProps('warnAfterDays')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Seuls les fichiers de sauvegarde de Porte-voix sont retirés du dossier, jamais d’autres fichiers ;
            les sauvegardes faites avant une mise à jour ou une restauration sont toujours gardées.
          </Text>
          <Group justify="flex-end">
            <Button type="reset" variant="default" disabled={!form.isDirty()}>
              Annuler les modifications
            </Button>
            <Button type="submit" loading={saving}>
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
