/**
 * « Données personnelles » on a person's record: export everything held about the person, or
 * anonymise them after a confirmation that says what goes, what stays and why.
 */
import { Alert, Button, Card, Checkbox, Group, List, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ErasurePreview } from '../../shared/privacy/types';
import { call, notifyError } from '../api';
import { offerFile } from '../files';

export function PersonDataCard(props: {
  representativeId: number;
  personName: string;
  onAnonymised: () => void;
}) {
  const [exporting, setExporting] = useState(false);
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [asking, setAsking] = useState(false);

  const exportData = async () => {
    setExporting(true);
    try {
      offerFile(
        await call('privacy:export', { id: props.representativeId }),
        'Données personnelles exportées',
      );
    } catch (error) {
      notifyError(error, 'L’export des données n’a pas pu être produit');
    } finally {
      setExporting(false);
    }
  };

  const ask = async () => {
    setAsking(true);
    try {
      setPreview(await call('privacy:erasurePreview', { id: props.representativeId }));
    } catch (error) {
      notifyError(error);
    } finally {
      setAsking(false);
    }
  };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Données personnelles
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        La personne peut demander tout ce que l’association détient sur elle, ou son effacement.
      </Text>
      <Group gap="sm">
        <Button variant="light" loading={exporting} onClick={() => void exportData()}>
          Exporter ses données
        </Button>
        <Button variant="light" color="red" loading={asking} onClick={() => void ask()}>
          Anonymiser…
        </Button>
      </Group>
      {preview && (
        <ErasureModal
          preview={preview}
          onClose={() => setPreview(null)}
          onDone={() => {
            setPreview(null);
            props.onAnonymised();
          }}
        />
      )}
    </Card>
  );
}

function ErasureModal(props: { preview: ErasurePreview; onClose: () => void; onDone: () => void }) {
  const { preview } = props;
  const [understood, setUnderstood] = useState(false);
  const [running, setRunning] = useState(false);
  const blocked = preview.blockers.length > 0;

  const run = async () => {
    setRunning(true);
    try {
      await call('privacy:anonymise', { id: preview.representativeId });
      notifications.show({
        color: 'teal',
        title: 'Fiche anonymisée',
        message: `Les données de ${preview.personName} ont été effacées ; ce que la loi impose de garder est conservé.`,
      });
      props.onDone();
    } catch (error) {
      notifyError(error);
      setRunning(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={`Anonymiser ${preview.personName} ?`} size="lg">
      {running ? (
        <Loader aria-label="Anonymisation en cours" />
      ) : (
        <Stack gap="sm">
          {blocked ? (
            <Alert color="orange" title="Pas encore possible">
              <List size="sm" spacing={4}>
                {preview.blockers.map((b) => (
                  <List.Item key={b}>{b}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm">
              L’anonymisation est définitive : exportez d’abord ses données si la personne les demande.
            </Text>
          )}
          <Title order={4} size="h6">
            Ce qui sera effacé
          </Title>
          <List size="sm" spacing={4}>
            {preview.erased.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
          <Title order={4} size="h6">
            Ce qui sera conservé, et pourquoi
          </Title>
          <List size="sm" spacing={4}>
            {preview.kept.map((k) => (
              <List.Item key={k}>{k}</List.Item>
            ))}
          </List>
          {!blocked && (
            <Checkbox
              label="J’ai compris que l’anonymisation est définitive"
              checked={understood}
              onChange={(e) => setUnderstood(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              {blocked ? 'Fermer' : 'Annuler'}
            </Button>
            {!blocked && (
              <Button color="red" disabled={!understood} onClick={() => void run()}>
                Anonymiser
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
