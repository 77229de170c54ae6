/**
 * At start: encrypted data whose key this computer does not keep (new computer, restored backup,
 * browser mode) wait for their passphrase here before any page loads.
 */
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { CipherStatus } from '../../shared/cipher/types';
import { ApiCallError, call } from '../api';

export function UnlockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<CipherStatus | 'open' | null>(null);
  useEffect(() => {
    call('cipher:status', {})
      .then((s) => setStatus(s.locked ? s : 'open'))
      // Whatever the state, the pages say what is wrong better than a blank screen.
      .catch(() => setStatus('open'));
  }, []);
  if (status === null) return null;
  if (status === 'open') return children;
  return <UnlockScreen status={status} onOpened={() => setStatus('open')} />;
}

function UnlockScreen({ status, onOpened }: { status: CipherStatus; onOpened: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await call('cipher:unlock', { passphrase });
      onOpened();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : 'Les données n’ont pas pu être ouvertes.');
      setFieldError(e instanceof ApiCallError ? (e.fieldErrors.passphrase ?? null) : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={1} size="h3" c="teal.7">
              Porte-voix — données chiffrées
            </Title>
            <Text size="sm">{status.lockedReason}</Text>
            <PasswordInput
              label="Phrase de passe"
              description="Telle qu’écrite sur la fiche de secours : majuscules, accents et espaces comptent."
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              autoFocus
              autoComplete="current-password"
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} disabled={passphrase === ''}>
              Ouvrir les données
            </Button>
            <Text size="xs" c="dimmed">
              Phrase de passe perdue ? Sans elle, personne ne peut lire ces données, pas même les auteurs de
              Porte-voix. Cherchez la fiche de secours imprimée lors du chiffrement.
            </Text>
            <Text size="xs" c="dimmed">
              Fichier : {status.databaseFile}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
