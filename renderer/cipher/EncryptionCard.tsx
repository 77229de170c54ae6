/**
 * Paramètres › Application et données › Chiffrement: encrypt the data with a passphrase, change
 * it, print the recovery sheet. What a lost passphrase means is said before anything is done.
 */
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CipherStatus, EncryptionResult } from '../../shared/cipher/types';
import { call } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { ChangePassphraseModal, EncryptModal, RecoverySheetModal } from './EncryptionModals';

export const LOST_PASSPHRASE_TEXT =
  'Si la phrase de passe est perdue, les données sont perdues : il n’existe ni « mot de passe oublié », ni clé de secours chez les auteurs de Porte-voix, et les sauvegardes sont chiffrées avec la même phrase. Imprimez la fiche de secours et rangez-la sous clé.';

const dateOf = (iso: string | null): string => formatDate(iso?.slice(0, 10));

function done(result: EncryptionResult, what: string): void {
  notifications.show({
    color: 'teal',
    title: what,
    message: result.remembered
      ? 'Cet ordinateur garde la clé dans son trousseau : Porte-voix s’ouvrira sans la demander.'
      : 'La phrase de passe sera demandée au prochain démarrage.',
    autoClose: 8000,
  });
}

export function EncryptionCard() {
  const { data: status, reload } = useLoad(() => call('cipher:status', {}), []);
  const [modal, setModal] = useState<'encrypt' | 'change' | 'sheet' | null>(null);
  if (!status) return <Loader aria-label="Chargement" />;
  const closeWith = (result: EncryptionResult | null, what: string) => {
    setModal(null);
    if (result) {
      done(result, what);
      void reload();
    }
  };
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Chiffrement des données
        </Title>
        <Badge color={status.encrypted ? 'teal' : 'gray'} variant="light" data-testid="etat-chiffrement">
          {status.encrypted ? 'Données chiffrées' : 'Non chiffrées'}
        </Badge>
      </Group>
      {status.encrypted ? <EncryptedText status={status} /> : <PlainText />}
      <Group mt="md">
        {status.encrypted ? (
          <>
            <Button variant="default" onClick={() => setModal('sheet')}>
              Imprimer la fiche de secours…
            </Button>
            <Button variant="default" onClick={() => setModal('change')}>
              Changer la phrase de passe…
            </Button>
          </>
        ) : (
          <Button onClick={() => setModal('encrypt')} disabled={status.databaseFile === ':memory:'}>
            Chiffrer les données…
          </Button>
        )}
      </Group>
      <EncryptModal opened={modal === 'encrypt'} onClose={(r) => closeWith(r, 'Données chiffrées')} />
      <ChangePassphraseModal
        opened={modal === 'change'}
        onClose={(r) => closeWith(r, 'Phrase de passe changée')}
      />
      <RecoverySheetModal opened={modal === 'sheet'} onClose={() => setModal(null)} />
    </Card>
  );
}

function PlainText() {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Chiffrées, les données (le fichier et les pièces jointes) ne peuvent être lues qu’avec une phrase de
        passe : un ordinateur perdu ou volé ne livre rien. Au quotidien rien ne change : l’ordinateur garde la
        clé dans son trousseau et Porte-voix s’ouvre sans la demander.
      </Text>
      <Alert color="orange" variant="light">
        {LOST_PASSPHRASE_TEXT}
      </Alert>
    </Stack>
  );
}

function EncryptedText({ status }: { status: CipherStatus }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Le fichier de données et les pièces jointes sont chiffrés
        {status.encryptedAt ? ` depuis le ${dateOf(status.encryptedAt)}` : ''}
        {status.passphraseChangedAt
          ? ` (phrase de passe changée le ${dateOf(status.passphraseChangedAt)})`
          : ''}
        .
      </Text>
      <Text size="sm">
        {status.keychain
          ? 'Cet ordinateur garde la clé dans son trousseau : Porte-voix s’ouvre sans la demander. Elle sera demandée sur un nouvel ordinateur ou après la restauration d’une sauvegarde.'
          : 'En mode navigateur, Porte-voix ne garde pas la clé : la phrase de passe est demandée à chaque démarrage.'}
      </Text>
      {status.attachmentsPending && (
        <Alert color="orange" variant="light">
          Le chiffrement des pièces jointes a été interrompu : il reprendra au prochain démarrage.
        </Alert>
      )}
      <Alert color="orange" variant="light">
        {LOST_PASSPHRASE_TEXT}
      </Alert>
    </Stack>
  );
}
