/**
 * « Envoyer par e-mail » for one document, and the per-person result of a batch: sent, no
 * address (to print instead, with a link to the person), refused by the server.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import type { MailDocumentInput } from '../../shared/mail/schemas';
import type { MailBatchResult, MailOutcome, MailOutcomeStatus } from '../../shared/mail/types';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';

const statusLabels: Record<MailOutcomeStatus, string> = {
  envoye: 'Envoyé',
  sans_adresse: 'Sans adresse e-mail',
  refuse: 'Refusé par le serveur',
};
const statusColors: Record<MailOutcomeStatus, string> = {
  envoye: 'teal',
  sans_adresse: 'orange',
  refuse: 'red',
};

export function notifyOutcome(outcome: MailOutcome, what: string): void {
  if (outcome.status === 'envoye')
    notifications.show({
      color: 'teal',
      title: `${what} envoyé`,
      message: `À ${outcome.personName} (${outcome.to ?? ''}).`,
    });
  else if (outcome.status === 'sans_adresse')
    notifications.show({
      color: 'orange',
      title: 'Pas d’adresse e-mail',
      message: `${outcome.personName} n’a pas d’adresse e-mail : imprimez le document, ou ajoutez l’adresse sur sa fiche.`,
    });
  else notifications.show({ color: 'red', title: 'Envoi refusé', message: outcome.message ?? '' });
}

/** Sends one document to its person, after a confirmation that names them. */
export function SendByMailButton(props: {
  input: MailDocumentInput;
  /** « Attestation ATT-2026-0001 », « Relevé 2026 »… */
  what: string;
  personName: string;
  compact?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const send = () =>
    modals.openConfirmModal({
      title: `Envoyer « ${props.what} » par e-mail ?`,
      children: (
        <Text size="sm">
          Le document part en pièce jointe à {props.personName}, avec le message réglé dans Paramètres › Envoi
          des documents. L’envoi est noté dans l’historique de la personne.
        </Text>
      ),
      labels: { confirm: 'Envoyer', cancel: 'Annuler' },
      onConfirm: async () => {
        setBusy(true);
        try {
          notifyOutcome(await call('mail:send', props.input), props.what);
        } catch (error) {
          notifyError(error, 'L’e-mail n’est pas parti');
        } finally {
          setBusy(false);
        }
      },
    });
  return props.compact ? (
    <Button
      size="compact-sm"
      variant="subtle"
      leftSection={<IconMail size={14} />}
      loading={busy}
      onClick={send}
    >
      Envoyer
    </Button>
  ) : (
    <Button variant="default" leftSection={<IconMail size={16} />} loading={busy} onClick={send}>
      Envoyer par e-mail
    </Button>
  );
}

const filters = ['tout', 'sans_adresse', 'refuse', 'envoye'] as const;

function BatchResultTable(props: { result: MailBatchResult }) {
  const [filter, setFilter] = useState<(typeof filters)[number]>(
    props.result.counts.envoye === props.result.lines.length ? 'tout' : 'sans_adresse',
  );
  const lines =
    filter === 'tout' ? props.result.lines : props.result.lines.filter((l) => l.status === filter);
  const { counts } = props.result;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {plural(counts.envoye, 'e-mail envoyé', 'e-mails envoyés')}
        {counts.sans_adresse > 0 &&
          ` · ${plural(counts.sans_adresse, 'personne', 'personnes')} sans adresse, à qui imprimer le document`}
        {counts.refuse > 0 && ` · ${plural(counts.refuse, 'refus', 'refus')} du serveur`}
      </Text>
      <SegmentedControl
        aria-label="Afficher"
        value={filter}
        onChange={(v) => setFilter(filters.find((f) => f === v) ?? 'tout')}
        data={[
          { value: 'tout', label: `Tout (${props.result.lines.length})` },
          { value: 'sans_adresse', label: `Sans adresse (${counts.sans_adresse})` },
          { value: 'refuse', label: `Refusés (${counts.refuse})` },
          { value: 'envoye', label: `Envoyés (${counts.envoye})` },
        ]}
      />
      <ScrollArea.Autosize mah={360}>
        <Table aria-label="Résultat de l’envoi">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Personne</Table.Th>
              <Table.Th>Résultat</Table.Th>
              <Table.Th>Détail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l) => (
              <Table.Tr key={l.representativeId}>
                <Table.Td>
                  <Anchor
                    // The window lives outside the router (modals provider): a plain hash link.
                    href={`#/representants/${l.representativeId}`}
                    onClick={() => modals.closeAll()}
                    size="sm"
                  >
                    {l.personName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColors[l.status]}>
                    {statusLabels[l.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {l.status === 'envoye'
                      ? l.to
                      : l.status === 'refuse'
                        ? l.message
                        : 'À imprimer depuis sa fiche'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/** The result of a batch, person by person, in a window the user closes. */
export function showBatchResult(result: MailBatchResult): void {
  modals.open({
    title: `${result.label} : résultat de l’envoi`,
    size: 'xl',
    children: (
      <>
        <BatchResultTable result={result} />
        <Group justify="flex-end" mt="md">
          <Button onClick={() => modals.closeAll()}>Fermer</Button>
        </Group>
      </>
    ),
  });
}
