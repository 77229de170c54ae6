import { ActionIcon, Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowDown, IconArrowUp, IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { questionKindLabels } from '../../shared/surveys/schemas';
import type { Survey, SurveyQuestion } from '../../shared/surveys/types';
import { questionsFrozenReason } from '../../shared/surveys/workflow';
import { call, notifyError } from '../api';
import { QuestionModal } from './QuestionModal';

/** The questions in order; editable in a draft without answers, otherwise shown with the reason. */
export function QuestionsCard(props: { survey: Survey; onChanged: (survey: Survey) => void }) {
  const { survey } = props;
  const [editing, setEditing] = useState<SurveyQuestion | null>(null);
  const [opened, setOpened] = useState(false);
  const frozen = questionsFrozenReason({
    status: survey.status,
    questionCount: survey.questions.length,
    responseCount: survey.responseCount,
  });

  const run = async (work: () => Promise<Survey>, failure: string) => {
    try {
      props.onChanged(await work());
    } catch (error) {
      notifyError(error, failure);
    }
  };
  const remove = (q: SurveyQuestion) =>
    modals.openConfirmModal({
      title: 'Supprimer la question ?',
      children: <Text size="sm">« {q.label} » sera retirée du questionnaire.</Text>,
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(
          () => call('surveys:deleteQuestion', { surveyId: survey.id, questionId: q.id }),
          'La question n’a pas été supprimée',
        ),
    });
  const move = (q: SurveyQuestion, direction: 'up' | 'down') =>
    void run(
      () => call('surveys:moveQuestion', { surveyId: survey.id, questionId: q.id, direction }),
      'La question n’a pas été déplacée',
    );

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Questions
        </Title>
        {frozen === null && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              setEditing(null);
              setOpened(true);
            }}
          >
            Ajouter une question
          </Button>
        )}
      </Group>
      {frozen !== null && survey.questions.length > 0 && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="sm">
          {frozen}
        </Alert>
      )}
      {survey.questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune question pour l’instant. Ajoutez des questions courtes : une échelle de 1 à 5 pour mesurer la
          satisfaction, oui/non, un choix parmi quelques réponses, ou un texte libre pour les suggestions.
        </Text>
      ) : (
        <Stack gap={0}>
          {survey.questions.map((q, i) => (
            <Group
              key={q.id}
              justify="space-between"
              wrap="nowrap"
              py={8}
              style={{ borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-gray-2)' }}
              data-testid="question"
            >
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {i + 1}. {q.label}
                </Text>
                <Group gap={6} mt={2}>
                  <Badge size="sm" variant="light" color="gray">
                    {questionKindLabels[q.kind]}
                  </Badge>
                  {q.required && (
                    <Badge size="sm" variant="light" color="orange">
                      Obligatoire
                    </Badge>
                  )}
                  {q.kind === 'choix' && (
                    <Text size="xs" c="dimmed" truncate>
                      {q.options.join(' · ')}
                    </Text>
                  )}
                </Group>
              </div>
              {frozen === null && (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Monter « ${q.label} »`}
                    disabled={i === 0}
                    onClick={() => move(q, 'up')}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Descendre « ${q.label} »`}
                    disabled={i === survey.questions.length - 1}
                    onClick={() => move(q, 'down')}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Modifier « ${q.label} »`}
                    onClick={() => {
                      setEditing(q);
                      setOpened(true);
                    }}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Supprimer « ${q.label} »`}
                    onClick={() => remove(q)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <QuestionModal
        surveyId={survey.id}
        opened={opened}
        editing={editing}
        onClose={() => setOpened(false)}
        onSaved={props.onChanged}
      />
    </Card>
  );
}
