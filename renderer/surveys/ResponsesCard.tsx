import { ActionIcon, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconEraser, IconFileImport, IconPencilPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Survey, SurveyResponseRow } from '../../shared/surveys/types';
import { answeringError } from '../../shared/surveys/workflow';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { formatDate } from '../format';

const PAGE = 50;

/**
 * The responses received (anonymous: a date, how they came in, how many answers), with the way
 * to add some and to delete one, or to erase every free text (personal data).
 */
export function ResponsesCard(props: { survey: Survey; onChanged: () => void }) {
  const { survey } = props;
  const navigate = useNavigate();
  const [rows, setRows] = useState<SurveyResponseRow[]>([]);
  const [total, setTotal] = useState(0);

  const load = useCallback(
    async (offset: number) => {
      try {
        const page = await call('surveys:responses', { surveyId: survey.id, offset, limit: PAGE });
        setRows((previous) => (offset === 0 ? page.rows : [...previous, ...page.rows]));
        setTotal(page.total);
      } catch (error) {
        notifyError(error, 'Chargement impossible');
      }
    },
    [survey.id],
  );
  useEffect(() => {
    void load(0);
  }, [load, survey.responseCount]);

  const refusal = answeringError(survey.status);
  const remove = (r: SurveyResponseRow) =>
    modals.openConfirmModal({
      title: 'Supprimer cette réponse ?',
      children: (
        <Text size="sm">
          La réponse reçue le {formatDate(r.receivedOn)} et ses {plural(r.answerCount, 'réponse', 'réponses')}{' '}
          aux questions seront supprimées définitivement.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void call('surveys:deleteResponse', { id: r.id })
          .then(() => {
            notifications.show({
              color: 'teal',
              title: 'Réponse supprimée',
              message: 'Les résultats sont recalculés.',
            });
            props.onChanged();
          })
          .catch((e: unknown) => notifyError(e, 'La réponse n’a pas été supprimée')),
    });
  const eraseTexts = () =>
    modals.openConfirmModal({
      title: 'Effacer les réponses libres ?',
      children: (
        <Text size="sm">
          Les textes écrits par les personnes (suggestions, commentaires) seront effacés définitivement. Les
          notes, oui/non et choix restent comptés dans les résultats.
        </Text>
      ),
      labels: { confirm: 'Effacer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void call('surveys:eraseFreeTexts', { id: survey.id })
          .then(({ erased }) => {
            notifications.show({
              color: 'teal',
              title: 'Réponses libres effacées',
              message:
                erased === 0
                  ? 'Il n’y en avait aucune.'
                  : `${plural(erased, 'texte effacé', 'textes effacés')}.`,
            });
            props.onChanged();
          })
          .catch((e: unknown) => notifyError(e, 'Les réponses libres n’ont pas été effacées')),
    });

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h5">
          Réponses ({total.toLocaleString('fr-FR')})
        </Title>
        <Group gap="xs">
          {survey.questions.some((q) => q.kind === 'texte') && total > 0 && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconEraser size={14} />}
              onClick={eraseTexts}
            >
              Effacer les réponses libres
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileImport size={14} />}
            disabled={refusal !== null}
            onClick={() => navigate(`/questionnaires/${survey.id}/import`)}
          >
            Importer des réponses
          </Button>
          <Button
            size="xs"
            leftSection={<IconPencilPlus size={14} />}
            disabled={refusal !== null}
            onClick={() => navigate(`/questionnaires/${survey.id}/reponse`)}
          >
            Saisir une réponse
          </Button>
        </Group>
      </Group>
      {refusal !== null && (
        <Text size="sm" c="dimmed" mb="xs">
          {refusal}
        </Text>
      )}
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune réponse enregistrée. Saisissez les formulaires papier un par un, ou importez le fichier
          exporté par un outil de formulaire en ligne (CSV ou Excel).
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={4} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reçue le</Table.Th>
                <Table.Th>Provenance</Table.Th>
                <Table.Th>Questions répondues</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDate(r.receivedOn)}</Table.Td>
                  <Table.Td>
                    {r.source === 'saisie' ? 'Saisie' : `Import de « ${r.importFile ?? 'fichier'} »`}
                  </Table.Td>
                  <Table.Td>{r.answerCount}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Supprimer la réponse du ${formatDate(r.receivedOn)}`}
                      onClick={() => remove(r)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows.length < total && (
            <Button variant="subtle" size="xs" mt="xs" onClick={() => void load(rows.length)}>
              Afficher les réponses suivantes
            </Button>
          )}
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
