import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AttestationSummary } from '../../shared/meetings/types';
import { call, notifyError } from '../api';
import { offerFile } from '../files';
import { formatDate } from '../format';
import { askReason } from './ask-reason';
import { SendByMailButton } from '../mail/send-document';

/** The attestations issued for a meeting or a session: reprint, or void with a reason. */
export function AttestationsCard(props: {
  attestations: AttestationSummary[] | null | undefined;
  empty: string;
  /** Header of the person column: « Représentant » at an instance, « Participant » at a session. */
  personLabel?: string;
  onChanged: () => Promise<void>;
}) {
  const reprint = async (a: AttestationSummary) => {
    try {
      offerFile(await call('attestations:reprint', { id: a.id }), `Attestation ${a.reference}`);
    } catch (error) {
      notifyError(error);
    }
  };

  const voidOne = (a: AttestationSummary) =>
    askReason({
      title: `Annuler l’attestation ${a.reference} ?`,
      text: `Elle reste enregistrée avec son numéro, qui ne sera jamais réutilisé ; réimprimée, elle porte la mention « ANNULÉE ». Une nouvelle attestation de ${a.personName} prendra un nouveau numéro.`,
      label: 'Motif',
      confirm: 'Annuler l’attestation',
      onConfirm: async (reason) => {
        try {
          await call('attestations:void', { id: a.id, reason });
          notifications.show({
            color: 'teal',
            title: 'Attestation annulée',
            message: `${a.reference} : ${reason}`,
          });
          await props.onChanged();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Attestations délivrées
      </Title>
      {!props.attestations || props.attestations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Table aria-label="Attestations délivrées">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Référence</Table.Th>
              <Table.Th>{props.personLabel ?? 'Représentant'}</Table.Th>
              <Table.Th>Délivrée le</Table.Th>
              <Table.Th>État</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.attestations.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {a.reference}
                  </Text>
                </Table.Td>
                <Table.Td>{a.personName}</Table.Td>
                <Table.Td>{formatDate(a.issuedOn)}</Table.Td>
                <Table.Td>
                  {a.voided ? (
                    <Stack gap={0}>
                      <Badge color="red" variant="light">
                        Annulée
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {a.voidReason}
                      </Text>
                    </Stack>
                  ) : (
                    <Badge color="teal" variant="light">
                      Valable
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => void reprint(a)}>
                      Réimprimer
                    </Button>
                    {!a.voided && (
                      <SendByMailButton
                        compact
                        input={{ kind: 'attestation', id: a.id }}
                        what={`Attestation ${a.reference}`}
                        personName={a.personName}
                      />
                    )}
                    {!a.voided && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => voidOne(a)}>
                        Annuler
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
