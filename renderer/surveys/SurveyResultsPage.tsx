import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { questionKindLabels } from '../../shared/surveys/schemas';
import type { QuestionResult } from '../../shared/surveys/types';
import { statusChangeError } from '../../shared/surveys/workflow';
import { formatTenths } from '../../shared/rules/format-fr';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { SurveyStatusBadge } from './labels';

/** A mean of a 1–5 scale, one decimal, the French way: « 4,2 / 5 ». */
const meanText = (mean: number) => `${formatTenths(Math.round(mean * 10))} / 5`;

function ClosedResult(props: { result: QuestionResult }) {
  const { result } = props;
  // Choices have labels too long to stand side by side under the bars: their bars lie down.
  const lying = result.question.kind === 'choix';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <BarChart
        h={lying ? Math.max(160, result.distribution.length * 44) : 200}
        orientation={lying ? 'vertical' : 'horizontal'}
        data={result.distribution.map((d) => ({ réponse: d.label, réponses: d.count }))}
        dataKey="réponse"
        series={[{ name: 'réponses', label: 'Réponses', color: 'blue.6' }]}
        tickLine={lying ? 'x' : 'y'}
        gridAxis={lying ? 'y' : 'x'}
        withTooltip={false}
        withBarValueLabel
        xAxisProps={lying ? { allowDecimals: false } : { interval: 0 }}
        yAxisProps={lying ? { width: 150, interval: 0 } : { allowDecimals: false }}
        aria-label={`Répartition des réponses à « ${result.question.label} »`}
      />
      <Stack gap={4}>
        {result.question.kind === 'echelle' && (
          <Text size="sm">
            Moyenne :{' '}
            <Text span fw={700}>
              {result.mean === null ? '—' : meanText(result.mean)}
            </Text>
          </Text>
        )}
        {result.distribution.map((d) => (
          <Group key={d.label} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              {d.label}
            </Text>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {plural(d.count, 'réponse', 'réponses')} · {`${d.percent}\u00a0%`}
            </Text>
          </Group>
        ))}
      </Stack>
    </SimpleGrid>
  );
}

function TextResult(props: { result: QuestionResult }) {
  const { result } = props;
  if (result.textTotal === 0)
    return (
      <Text size="sm" c="dimmed">
        Aucune réponse écrite.
      </Text>
    );
  return (
    <>
      <List size="sm" spacing={6}>
        {result.texts.map((t) => (
          <List.Item key={t.responseId}>« {t.text} »</List.Item>
        ))}
      </List>
      {result.textTotal > result.texts.length && (
        <Text size="xs" c="dimmed" mt="xs">
          Les {result.texts.length} plus récentes sont affichées sur{' '}
          {result.textTotal.toLocaleString('fr-FR')}.
        </Text>
      )}
    </>
  );
}

/** Results question by question: a chart, the count, the mean of a scale, the distribution; free texts listed. */
export function SurveyResultsPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data, failed, reload } = useLoad(() => call('surveys:results', { id }), [id]);

  if (failed) return <Alert color="red">Les résultats n’ont pas pu être calculés.</Alert>;
  if (!data) return <Loader aria-label="Chargement" />;
  const { survey } = data;
  const canAnalyse =
    statusChangeError(
      { status: survey.status, questionCount: survey.questions.length, responseCount: survey.responseCount },
      'analyse',
    ) === null && survey.status !== 'analyse';
  const analyse = async () => {
    try {
      await call('surveys:setStatus', { id, status: 'analyse' });
      notifications.show({
        color: 'teal',
        title: 'Questionnaire analysé',
        message: 'Il quitte « À faire ».',
      });
      await reload();
    } catch (error) {
      notifyError(error, 'Le statut n’a pas changé');
    }
  };

  return (
    <>
      <PageHeader
        title={`Résultats — ${survey.title}`}
        back={{ to: `/questionnaires/${id}`, label: survey.title }}
        actions={
          canAnalyse ? (
            <Button leftSection={<IconCircleCheck size={16} />} onClick={() => void analyse()}>
              Marquer comme analysé
            </Button>
          ) : undefined
        }
      />
      <Group gap="sm" mb="md" mt={-8}>
        <SurveyStatusBadge status={survey.status} />
        <Text size="sm" c="dimmed" data-testid="nombre-reponses">
          {plural(data.responseCount, 'réponse', 'réponses')}
          {survey.analysedOn ? ` — analysé le ${formatDate(survey.analysedOn)}` : ''}
        </Text>
      </Group>
      {data.responseCount === 0 ? (
        <Alert color="gray">
          Aucune réponse pour l’instant : les résultats apparaîtront dès la première réponse saisie ou
          importée.
        </Alert>
      ) : (
        <Stack gap="md" maw={1100}>
          {data.questions.map((r, i) => (
            <Card withBorder key={r.question.id} data-testid="resultat-question">
              <Group justify="space-between" mb="sm" align="flex-start" wrap="nowrap">
                <div>
                  <Title order={3} size="h5">
                    {i + 1}. {r.question.label}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {questionKindLabels[r.question.kind]}
                  </Text>
                </div>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {plural(r.answered, 'réponse', 'réponses')}
                </Text>
              </Group>
              {r.question.kind === 'texte' ? <TextResult result={r} /> : <ClosedResult result={r} />}
            </Card>
          ))}
          <Button variant="default" w="fit-content" onClick={() => navigate(`/questionnaires/${id}`)}>
            Retour au questionnaire
          </Button>
        </Stack>
      )}
    </>
  );
}
