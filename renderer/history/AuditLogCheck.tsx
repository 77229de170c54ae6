import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { LogVerification } from '../../shared/history/types';
import { plural } from '../../shared/rules/plural';
import { runBatch } from '../components/batch-jobs';

/**
 * « Vérifier l’intégrité du journal » (Paramètres › Application et données): every entry of the
 * log is checked against the one before it; a modified, removed or inserted entry is named.
 */
export function AuditLogCheck() {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<LogVerification | null>(null);

  const verify = async () => {
    setRunning(true);
    setResult(null);
    try {
      setResult(await runBatch('Vérification du journal', { channel: 'history:verifyLog', input: {} }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card withBorder maw={800} mt="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Journal des modifications
        </Title>
        <Text size="sm">
          Chaque création, modification ou suppression est inscrite au journal, avec son auteur et sa date.
          Chaque inscription est scellée avec la précédente&nbsp;: une inscription modifiée, supprimée ou
          ajoutée après coup se voit à la vérification.
        </Text>
        <div>
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => void verify()}
            loading={running}
          >
            Vérifier l’intégrité du journal
          </Button>
        </div>
        {result?.ok === true && (
          <Alert color="green" title="Journal intact">
            {result.checked === 0
              ? 'Le journal est encore vide.'
              : `${plural(result.checked, 'inscription vérifiée', 'inscriptions vérifiées')}\u00a0: aucune n’a été modifiée.`}
          </Alert>
        )}
        {result?.ok === false && (
          <Alert color="red" title="Le journal a été modifié en dehors de Porte-voix">
            {result.message} Restaurez une sauvegarde antérieure si ce changement n’est pas de votre fait.
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
