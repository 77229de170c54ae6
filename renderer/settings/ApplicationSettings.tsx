import { Button, Card, Code, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiCallError, call, notifyError } from '../api';
import { useLoad } from '../hooks';
import { saveUserName, useUserName } from '../user-name';
import { BackupCards } from '../backup/BackupCards';
import { StartScreenCard } from '../indicators/StartScreenCard';
import { EncryptionCard } from '../cipher/EncryptionCard';

function UserNameCard() {
  const user = useUserName();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (user.loaded) setName(user.name);
  }, [user.loaded, user.name]);
  const save = async () => {
    try {
      setName(await saveUserName(name));
      setError(null);
      notifications.show({
        color: 'teal',
        title: 'Enregistré',
        message: 'Votre nom figurera dans les historiques.',
      });
    } catch (e) {
      if (e instanceof ApiCallError) setError(e.fieldErrors.userName ?? null);
      notifyError(e, 'Le nom n’a pas été enregistré');
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Qui utilise cet ordinateur
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Group align="end">
          <TextInput
            label="Votre nom"
            description="Il est enregistré comme auteur des validations, paiements, reçus et autres actions. Sans nom, les historiques indiquent « auteur non renseigné »."
            placeholder="Par exemple : Bernard Hamon, trésorier"
            value={name}
            error={error}
            onChange={(e) => setName(e.currentTarget.value)}
            w={420}
          />
          <Button type="submit" disabled={!user.loaded}>
            Enregistrer
          </Button>
        </Group>
      </form>
    </Card>
  );
}

export function ApplicationSettings() {
  const { data: info } = useLoad(() => call('app:info', {}), []);
  if (!info) return <Loader aria-label="Chargement" />;
  return (
    <Stack maw={800}>
      <UserNameCard />
      <StartScreenCard />
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
          Les pièces jointes sont dans le dossier « pieces-jointes » à côté. Ces fichiers contiennent des
          données personnelles : conservez les sauvegardes en lieu sûr.
        </Text>
      </Card>
      <BackupCards />
      <EncryptionCard />
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
