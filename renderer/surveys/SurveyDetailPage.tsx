import { Alert, Button, Card, Group, Loader, Menu, SimpleGrid, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconChartBar,
  IconChevronDown,
  IconCopy,
  IconDots,
  IconFileSpreadsheet,
  IconPencil,
  IconPrinter,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { surveyAudienceLabels, type SurveyStatus } from '../../shared/surveys/schemas';
import type { Survey } from '../../shared/surveys/types';
import { statusChangeError } from '../../shared/surveys/workflow';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { offerFile } from '../files';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { SurveyStatusBadge } from './labels';
import { QuestionsCard } from './QuestionsCard';
import { ResponsesCard } from './ResponsesCard';

const statusMoves: Record<SurveyStatus, { to: SurveyStatus; label: string; done: string }[]> = {
  brouillon: [{ to: 'diffuse', label: 'Marquer comme diffusé', done: 'Questionnaire diffusé' }],
  diffuse: [
    { to: 'analyse', label: 'Marquer comme analysé', done: 'Questionnaire analysé' },
    { to: 'brouillon', label: 'Repasser en brouillon', done: 'Questionnaire repassé en brouillon' },
  ],
  analyse: [{ to: 'diffuse', label: 'Rouvrir', done: 'Questionnaire rouvert' }],
};

function attachment(s: Survey): string {
  if (s.attachedTo === 'action') return `Action : ${s.actionTitle ?? '—'}`;
  if (s.attachedTo === 'instance') return `Instance : ${s.instanceName ?? '—'}`;
  return `Année ${s.year}`;
}

export function SurveyDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: survey, setData, reload, failed } = useLoad(() => call('surveys:get', { id }), [id]);
  const [busy, setBusy] = useState<string | null>(null);

  if (failed) return <Alert color="red">Ce questionnaire n’a pas pu être chargé.</Alert>;
  if (!survey) return <Loader aria-label="Chargement" />;
  const facts = {
    status: survey.status,
    questionCount: survey.questions.length,
    responseCount: survey.responseCount,
  };
  // Only the moves the rules allow now are offered.
  const moves = statusMoves[survey.status].filter((m) => statusChangeError(facts, m.to) === null);

  const changeStatus = async (to: SurveyStatus, done: string) => {
    try {
      setData(await call('surveys:setStatus', { id, status: to }));
      notifications.show({ color: 'teal', title: done, message: `« ${survey.title} »` });
    } catch (error) {
      notifyError(error, 'Le statut n’a pas changé');
    }
  };
  const produce = async (channel: 'surveys:formPdf' | 'surveys:answerSheet', title: string) => {
    setBusy(channel);
    try {
      offerFile(await call(channel, { id }), title);
    } catch (error) {
      notifyError(error, 'Le document n’a pas pu être produit');
    } finally {
      setBusy(null);
    }
  };
  const duplicate = async () => {
    try {
      const copy = await call('surveys:duplicate', { id });
      notifications.show({
        color: 'teal',
        title: 'Questionnaire dupliqué',
        message: `« ${copy.title} » est un brouillon.`,
      });
      navigate(`/questionnaires/${copy.id}`);
    } catch (error) {
      notifyError(error, 'Le questionnaire n’a pas été dupliqué');
    }
  };
  const remove = () =>
    modals.openConfirmModal({
      title: 'Supprimer le questionnaire ?',
      children: (
        <Text size="sm">
          « {survey.title} », ses questions et{' '}
          {survey.responseCount === 0
            ? 'ses réponses'
            : `ses ${survey.responseCount.toLocaleString('fr-FR')} réponses`}{' '}
          seront supprimés définitivement.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void call('surveys:delete', { id })
          .then(() => {
            notifications.show({
              color: 'teal',
              title: 'Questionnaire supprimé',
              message: `« ${survey.title} »`,
            });
            navigate('/questionnaires');
          })
          .catch((e: unknown) => notifyError(e, 'Le questionnaire n’a pas été supprimé')),
    });

  const hasQuestions = survey.questions.length > 0;
  return (
    <>
      <PageHeader
        title={survey.title}
        back={{ to: '/questionnaires', label: 'Questionnaires' }}
        actions={
          <>
            {moves.map((m) => (
              <Button
                key={m.to}
                variant={m.to === 'brouillon' ? 'default' : 'filled'}
                leftSection={
                  m.to === 'diffuse' && survey.status === 'brouillon' ? <IconSend size={16} /> : undefined
                }
                onClick={() => void changeStatus(m.to, m.done)}
              >
                {m.label}
              </Button>
            ))}
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  variant="default"
                  rightSection={<IconChevronDown size={14} />}
                  loading={busy !== null}
                  disabled={!hasQuestions}
                >
                  Diffuser
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPrinter size={16} />}
                  onClick={() => void produce('surveys:formPdf', 'Formulaire à imprimer')}
                >
                  Formulaire à imprimer (PDF)
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconFileSpreadsheet size={16} />}
                  onClick={() => void produce('surveys:answerSheet', 'Fichier à remplir')}
                >
                  Fichier à remplir (Excel)
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              component={Link}
              to={`/questionnaires/${id}/resultats`}
              variant="default"
              leftSection={<IconChartBar size={16} />}
            >
              Résultats
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" aria-label="Autres actions" px="xs">
                  <IconDots size={18} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil size={16} />}
                  onClick={() => navigate(`/questionnaires/${id}/modifier`)}
                >
                  Modifier le titre et le public
                </Menu.Item>
                <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void duplicate()}>
                  Dupliquer
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
                  Supprimer
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Stack gap="md" maw={1100}>
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <div>
              <Text size="xs" c="dimmed">
                Destiné aux
              </Text>
              <Text size="sm">{surveyAudienceLabels[survey.audience]}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Se rapporte à
              </Text>
              <Text size="sm">{attachment(survey)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Statut
              </Text>
              <Group gap={6}>
                <SurveyStatusBadge status={survey.status} />
                {survey.analysedOn && <Text size="sm">le {formatDate(survey.analysedOn)}</Text>}
              </Group>
            </div>
          </SimpleGrid>
          {survey.introduction && (
            <Text size="sm" c="dimmed" mt="sm">
              {survey.introduction}
            </Text>
          )}
        </Card>
        <QuestionsCard survey={survey} onChanged={setData} />
        <ResponsesCard survey={survey} onChanged={() => void reload()} />
      </Stack>
    </>
  );
}
