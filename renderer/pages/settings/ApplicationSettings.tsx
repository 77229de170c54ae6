import { Card, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { call } from '../../api';
import { useLoad } from '../../hooks';

export function ApplicationSettings() {
  const { data: info } = useLoad(() => call('app:info', {}), []);
  if (!info) return <Loader aria-label="Chargement" />;
  return (
    <Stack maw={800}>
      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          Fichier de données
        </Title>
        <Text size="sm" mb="xs">
          Toutes les données de l’association sont dans ce fichier :
        </Text>
        <Code block data-testid="chemin-base">
          {info.databaseFile}
        </Code>
        <Text size="sm" mt="sm" c="dimmed">
          Pour le sauvegarder à la main, fermez Porte-voix puis copiez ce fichier (et, s’ils existent, les
          fichiers qui portent le même nom suivi de « -wal » et « -shm ») sur une clé USB ou un disque de
          sauvegarde. Ce fichier contient des données personnelles : conservez la copie en lieu sûr.
        </Text>
      </Card>
      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          À propos
        </Title>
        <Text size="sm">
          Porte-voix {info.version} — mode {info.mode === 'desktop' ? 'application de bureau' : 'navigateur'}{' '}
          — schéma de données n° {info.schemaVersion}
        </Text>
      </Card>
    </Stack>
  );
}
