/**
 * « Restaurer une sauvegarde »: the archives of the folder (or another file by its path), each
 * with its date, version and content; a restore asks for confirmation, backs the current data up
 * first, checks the archive before replacing anything, then reloads the application.
 */
import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupArchiveInfo, BackupStatus } from '../../shared/backup/types';
import { formatFileSize } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { ApiCallError, call, notifyError } from '../api';
import { runBatch } from '../components/batch-jobs';
import { formatDateTime } from '../format';
import { countsText, kindLabels } from './labels';

async function restore(archive: BackupArchiveInfo): Promise<void> {
  const outcome = await runBatch('Restauration en cours (Mo vérifiés)', {
    channel: 'backup:restore',
    input: { path: archive.path },
  });
  if (!outcome) return;
  notifications.show({
    color: 'teal',
    title: 'Sauvegarde restaurée',
    message: `Les données d’avant ont été sauvegardées dans ${outcome.previousDataBackup}. L’application se recharge.`,
    autoClose: 4000,
  });
  // Every page reads the restored data from scratch.
  setTimeout(() => window.location.reload(), 1500);
}

function confirmRestore(archive: BackupArchiveInfo): void {
  if (!archive.restorable) {
    notifications.show({
      color: 'red',
      title: 'Restauration impossible',
      message: archive.refusal ?? '',
      autoClose: 10000,
    });
    return;
  }
  modals.openConfirmModal({
    title: 'Restaurer cette sauvegarde ?',
    children: (
      <Stack gap="xs">
        <Text size="sm">
          Sauvegarde du <strong>{formatDateTime(archive.createdAt)}</strong> ({kindLabels[archive.kind]}),
          faite par Porte-voix {archive.appVersion}, schéma de données n° {archive.schemaVersion}.
        </Text>
        <Text size="sm" data-testid="contenu-sauvegarde">
          Elle contient {countsText(archive.counts)}.
        </Text>
        <Text size="sm">
          Toutes les données actuelles seront remplacées par celles de cette sauvegarde. Elles seront d’abord
          sauvegardées, et la sauvegarde sera vérifiée avant de remplacer quoi que ce soit.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Restaurer', cancel: 'Annuler' },
    confirmProps: { color: 'red' },
    onConfirm: () => void restore(archive),
  });
}

function OtherFile(props: { canBrowse: boolean }) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const examine = async (chosen = path) => {
    setBusy(true);
    try {
      const info = await call('backup:inspect', { path: chosen });
      setError(null);
      confirmRestore(info);
    } catch (e) {
      setError(e instanceof ApiCallError ? (e.fieldErrors.path ?? e.message) : null);
      if (!(e instanceof ApiCallError)) notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void examine();
      }}
    >
      <Group align="end">
        <TextInput
          label="Autre fichier de sauvegarde"
          description="Chemin complet d’un fichier « .porte-voix » (sur une clé USB, par exemple)"
          placeholder="/media/cle/porte-voix-2026-12-01-180000.porte-voix"
          value={path}
          error={error}
          onChange={(e) => setPath(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" loading={busy} disabled={path.trim() === ''}>
          Examiner…
        </Button>
        {props.canBrowse && (
          <Button
            variant="default"
            onClick={() =>
              void call('backup:pick', { what: 'backupArchive' })
                .then(({ path: chosen }) => {
                  if (!chosen) return;
                  setPath(chosen);
                  return examine(chosen);
                })
                .catch((e: unknown) => notifyError(e))
            }
          >
            Choisir un fichier…
          </Button>
        )}
      </Group>
    </form>
  );
}

export function RestoreCard(props: { status: BackupStatus }) {
  const { archives, moreArchives } = props.status;
  return (
    <Card withBorder data-testid="restauration">
      <Title order={3} size="h5" mb="sm">
        Restaurer une sauvegarde
      </Title>
      {archives.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          Aucune sauvegarde dans le dossier de sauvegarde pour l’instant.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} mb="sm">
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Contenu</Table.Th>
                <Table.Th>Taille</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {archives.map((a) => (
                <Table.Tr key={a.path}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(a.createdAt)}
                    <Badge
                      ml={6}
                      size="xs"
                      variant="light"
                      color={a.kind.startsWith('avant') ? 'grape' : 'gray'}
                    >
                      {kindLabels[a.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {plural(a.counts.people, 'personne', 'personnes')},{' '}
                    {plural(a.counts.attachments, 'pièce jointe', 'pièces jointes')}
                    {!a.restorable && (
                      <Text size="xs" c="red">
                        Version plus récente de Porte-voix
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFileSize(a.sizeBytes)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => confirmRestore(a)}
                      aria-label={`Restaurer la sauvegarde du ${formatDateTime(a.createdAt)}`}
                    >
                      Restaurer…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {moreArchives > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              et {plural(moreArchives, 'sauvegarde plus ancienne', 'sauvegardes plus anciennes')} dans le
              dossier.
            </Text>
          )}
        </Table.ScrollContainer>
      )}
      <OtherFile canBrowse={props.status.canBrowse} />
    </Card>
  );
}
