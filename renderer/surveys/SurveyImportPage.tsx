import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { questionKindLabels } from '../../shared/surveys/schemas';
import type { SurveyImportAnalysis } from '../../shared/surveys/types';
import { answeringError } from '../../shared/surveys/workflow';
import { plural } from '../../shared/rules/plural';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { readAsBase64 } from '../exchange/read-file';
import { useLoad } from '../hooks';

type Mapping = SurveyImportAnalysis['mapping'];

/**
 * Answers from an online form tool's export: the file is read, its columns matched to the
 * questions by label; the user corrects the match, sees every line to fix, and imports all the
 * lines at once — or none.
 */
export function SurveyImportPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { data: survey, failed } = useLoad(() => call('surveys:get', { id }), [id]);
  const [file, setFile] = useState<File | null>(null);
  const [data, setData] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [analysis, setAnalysis] = useState<SurveyImportAnalysis | null>(null);
  const [busy, setBusy] = useState(false);

  if (failed) return <Alert color="red">Ce questionnaire n’a pas pu être chargé.</Alert>;
  if (!survey) return <Loader aria-label="Chargement" />;
  const back = `/questionnaires/${id}`;
  const refusal = answeringError(survey.status);

  const analyze = async (content: { fileName: string; dataBase64: string }, mapping: Mapping | null) => {
    setBusy(true);
    try {
      setAnalysis(await call('surveys:analyzeImport', { surveyId: id, ...content, mapping }));
    } catch (error) {
      setAnalysis(null);
      notifyError(error, 'Le fichier n’a pas pu être lu');
    } finally {
      setBusy(false);
    }
  };
  const choose = async (f: File | null) => {
    setFile(f);
    setAnalysis(null);
    if (!f) return setData(null);
    const content = { fileName: f.name, dataBase64: await readAsBase64(f) };
    setData(content);
    await analyze(content, null);
  };
  const remap = (questionId: number, column: string | null) => {
    if (!data || !analysis) return;
    const mapping = analysis.mapping.map((m) =>
      m.questionId === questionId ? { questionId, column: column === null ? null : Number(column) } : m,
    );
    void analyze(data, mapping);
  };
  const run = async () => {
    if (!data || !analysis) return;
    setBusy(true);
    try {
      const { imported } = await call('surveys:runImport', {
        surveyId: id,
        ...data,
        mapping: analysis.mapping,
      });
      notifications.show({
        color: 'teal',
        title: 'Import terminé',
        message: `${plural(imported, 'réponse importée', 'réponses importées')} depuis « ${data.fileName} ».`,
      });
      navigate(`/questionnaires/${id}/resultats`);
    } catch (error) {
      notifyError(error, 'Rien n’a été importé');
    } finally {
      setBusy(false);
    }
  };

  const columnChoices = (analysis?.columns ?? []).map((c) => ({
    value: String(c.index),
    label: c.header === '' ? `Colonne ${c.index + 1}` : c.header,
  }));
  const lineIssues = analysis?.issues ?? [];
  const ready = analysis !== null && lineIssues.length === 0 && analysis.rowCount > 0;

  return (
    <>
      <PageHeader title="Importer des réponses" back={{ to: back, label: survey.title }} />
      {refusal !== null ? (
        <Alert color="orange">{refusal}</Alert>
      ) : (
        <Stack gap="md" maw={1000}>
          <Card withBorder>
            <Stack gap="sm">
              <Text size="sm">
                Exportez les réponses de votre outil de formulaire en ligne (ou reprenez le fichier à remplir
                fourni par Porte-voix) au format CSV ou Excel. La première ligne doit porter les questions :
                les colonnes sont reliées aux questions par leur libellé, sans tenir compte des majuscules ni
                des accents.
              </Text>
              <Text size="sm" c="dimmed">
                Les colonnes qui ne répondent à aucune question (horodatage, nom, adresse e-mail…) ne sont pas
                importées : les réponses restent anonymes.
              </Text>
              <FileInput
                label="Fichier de réponses"
                placeholder="Choisir un fichier CSV ou Excel…"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                leftSection={<IconUpload size={16} />}
                value={file}
                onChange={(f) => void choose(f)}
                clearable
                maw={480}
              />
            </Stack>
          </Card>
          {busy && !analysis && <Loader aria-label="Lecture du fichier" />}
          {analysis && (
            <Card withBorder>
              <Title order={3} size="h5" mb="xs">
                Correspondance des colonnes
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {plural(analysis.rowCount, 'ligne de réponses', 'lignes de réponses')} dans «{' '}
                {analysis.fileName} ». Vérifiez pour chaque question la colonne qui y répond.
              </Text>
              <Table.ScrollContainer minWidth={600}>
                <Table verticalSpacing={6}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Question</Table.Th>
                      <Table.Th w={340}>Colonne du fichier</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {survey.questions.map((q, i) => {
                      const column = analysis.mapping.find((m) => m.questionId === q.id)?.column ?? null;
                      return (
                        <Table.Tr key={q.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {i + 1}. {q.label}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {questionKindLabels[q.kind]}
                              {q.required ? ' — obligatoire' : ''}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Select
                              aria-label={`Colonne pour « ${q.label} »`}
                              placeholder="Pas dans le fichier"
                              clearable
                              data={columnChoices}
                              value={column === null ? null : String(column)}
                              onChange={(v) => remap(q.id, v)}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {analysis.ignoredColumns.length > 0 && (
                <Text size="xs" c="dimmed" mt="xs">
                  Colonnes laissées de côté : {analysis.ignoredColumns.map((c) => `« ${c} »`).join(', ')}.
                </Text>
              )}
            </Card>
          )}
          {analysis && lineIssues.length > 0 && (
            <Alert
              color="red"
              icon={<IconAlertTriangle size={18} />}
              title={`Rien ne sera importé tant que ${lineIssues.length === 1 ? 'ce point n’est pas corrigé' : 'ces points ne sont pas corrigés'}`}
              data-testid="problemes"
            >
              <List size="sm" spacing={2}>
                {lineIssues.map((issue, i) => (
                  <List.Item key={i}>{issue.message}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                Corrigez le fichier puis choisissez-le à nouveau, ou changez la correspondance ci-dessus.
              </Text>
            </Alert>
          )}
          {analysis && (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate(back)}>
                Annuler
              </Button>
              <Button onClick={() => void run()} disabled={!ready} loading={busy}>
                {`Importer ${plural(analysis.rowCount, 'réponse', 'réponses')}`}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </>
  );
}
