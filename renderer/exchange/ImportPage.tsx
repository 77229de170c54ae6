import { plural } from '../../shared/rules/plural';
import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  List,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCheck,
  IconFileImport,
  IconFileSpreadsheet,
  IconUpload,
} from '@tabler/icons-react';
import { useState } from 'react';
import { frenchSpacing } from '../../shared/rules/french-spacing';
import { importFields } from '../../shared/exchange/schemas';
import type { ImportAnalysis, ImportMapping, ImportResult } from '../../shared/exchange/types';
import { call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { ImportNotices } from './ImportNotices';
import { ImportPreview } from './ImportPreview';
import { readAsBase64 } from './read-file';
import { offerFile } from '../files';

function summary(c: ImportAnalysis['counts'] | ImportResult): string {
  const parts = [
    plural(c.peopleCreated, 'fiche créée', 'fiches créées'),
    plural(c.peopleUpdated, 'fiche mise à jour', 'fiches mises à jour'),
    plural(c.peopleUnchanged, 'fiche déjà à jour', 'fiches déjà à jour'),
  ];
  if (c.mandatesCreated + c.mandatesExisting > 0) {
    parts.push(
      plural(c.mandatesCreated, 'mandat créé', 'mandats créés'),
      plural(c.mandatesExisting, 'mandat déjà présent', 'mandats déjà présents'),
    );
  }
  return parts.join(' · ');
}

const intro =
  'Un fichier CSV ou un classeur Excel (.xlsx) : une ligne par personne, ou une ligne par mandat (la personne est alors répétée). ' +
  'La première ligne donne les noms des colonnes, par exemple « Nom », « Prénom », « E-mail », « Code postal », « Instance », « Rôle », « Début du mandat », « Fin du mandat » ; ' +
  'les écritures courantes (« Fin mandat », « Date de fin », « Tél. », « CP »…) sont reconnues, et l’aperçu signale les colonnes qui ne le sont pas. ' +
  'Les dates s’écrivent JJ/MM/AAAA ; les instances doivent déjà exister dans le registre, sous le même nom. ' +
  '« Modèle de fichier » donne un classeur avec toutes les colonnes reconnues, une ligne d’exemple et leur mode d’emploi.';

/** Import of representatives and mandates: file → columns → preview and errors → import all or nothing. */
export function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [templateBusy, setTemplateBusy] = useState(false);

  const downloadTemplate = async () => {
    setTemplateBusy(true);
    try {
      offerFile(await call('import:template', {}), 'Modèle prêt');
    } catch (error) {
      notifyError(error, 'Le modèle n’a pas pu être produit');
    } finally {
      setTemplateBusy(false);
    }
  };

  const analyze = async (input: { fileName: string; dataBase64: string }, mapping: ImportMapping | null) => {
    setBusy(true);
    try {
      setAnalysis(await call('import:analyze', { ...input, mapping }));
    } catch (error) {
      setAnalysis(null);
      notifyError(error, 'Le fichier n’a pas pu être lu');
    } finally {
      setBusy(false);
    }
  };

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setDone(null);
    setAnalysis(null);
    if (!chosen) return setSource(null);
    const input = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
    setSource(input);
    await analyze(input, null);
  };

  const remap = (field: string, value: string | null) => {
    if (!source || !analysis) return;
    const mapping = { ...analysis.mapping, [field]: value === null || value === '' ? null : Number(value) };
    void analyze(source, mapping);
  };

  const run = async () => {
    if (!source || !analysis) return;
    setBusy(true);
    try {
      const result = await call('import:run', { ...source, mapping: analysis.mapping });
      setDone(result);
      setAnalysis(null);
      setSource(null);
      setFile(null);
      notifications.show({ color: 'teal', title: 'Import terminé', message: summary(result) });
    } catch (error) {
      notifyError(error, 'Rien n’a été importé');
      void analyze(source, analysis.mapping);
    } finally {
      setBusy(false);
    }
  };

  const confirmRun = () => {
    if (!analysis) return;
    modals.openConfirmModal({
      title: 'Importer ce fichier ?',
      children: (
        <Text size="sm">
          {summary(analysis.counts)}. Tout est enregistré d’un seul coup ; un nouvel import du même fichier ne
          créera pas de doublon.
        </Text>
      ),
      labels: { confirm: 'Importer', cancel: 'Annuler' },
      onConfirm: () => void run(),
    });
  };

  const headers = analysis?.headers ?? [];
  const columnChoices = [
    { value: '', label: '— Ne pas importer —' },
    ...headers.map((h, i) => ({ value: String(i), label: h || `Colonne ${i + 1}` })),
  ];
  const nothingToDo =
    analysis !== null &&
    analysis.errors.length === 0 &&
    analysis.counts.peopleCreated + analysis.counts.peopleUpdated + analysis.counts.mandatesCreated === 0;
  const missingNames =
    analysis !== null && (analysis.mapping.lastName == null || analysis.mapping.firstName == null);

  return (
    <>
      <PageHeader
        title="Importer des représentants et des mandats"
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            loading={templateBusy}
            onClick={() => void downloadTemplate()}
          >
            Modèle de fichier
          </Button>
        }
      />
      <Stack gap="md" maw={1200}>
        <Card withBorder>
          <Stack gap="xs">
            <Text size="sm">{frenchSpacing(intro)}</Text>
            <FileInput
              label="Fichier à importer"
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

        {done && (
          <Alert color="teal" icon={<IconCheck size={18} />} title="Import terminé">
            {summary(done)}.
          </Alert>
        )}

        {analysis && (
          <>
            <Card withBorder>
              <Title order={3} size="h5" mb="xs">
                Colonnes du fichier
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Pour chaque information, choisissez la colonne de « {analysis.fileName} » qui la contient. Les
                colonnes ont été devinées d’après leurs titres.
              </Text>
              {(['personne', 'mandat'] as const).map((group) => (
                <div key={group}>
                  <Text size="sm" fw={600} mt="sm" mb={4}>
                    {group === 'personne' ? 'La personne' : 'Le mandat (facultatif : une ligne par mandat)'}
                  </Text>
                  <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" verticalSpacing="xs">
                    {importFields
                      .filter((f) => f.group === group)
                      .map((f) => (
                        <Select
                          key={f.field}
                          label={f.label}
                          required={f.required}
                          data={columnChoices}
                          value={analysis.mapping[f.field] == null ? '' : String(analysis.mapping[f.field])}
                          onChange={(v) => remap(f.field, v)}
                          allowDeselect={false}
                          disabled={busy}
                        />
                      ))}
                  </SimpleGrid>
                </div>
              ))}
            </Card>

            {!missingNames && <ImportNotices analysis={analysis} />}

            {missingNames ? (
              <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Colonnes à indiquer">
                Indiquez au moins les colonnes du nom et du prénom.
              </Alert>
            ) : analysis.errors.length > 0 ? (
              <Alert
                color="red"
                icon={<IconAlertTriangle size={18} />}
                title={frenchSpacing(
                  `${plural(analysis.errors.length, 'ligne invalide', 'lignes invalides')} : rien ne sera importé`,
                )}
              >
                <Text size="sm" mb="xs">
                  Corrigez le fichier puis choisissez-le de nouveau. L’import se fait en entier ou pas du
                  tout.
                </Text>
                <ScrollArea.Autosize mah={220}>
                  <List size="sm" spacing={2} aria-label="Lignes invalides">
                    {analysis.errors.map((e) => (
                      <List.Item key={`${e.line}-${e.message}`}>
                        <b>Ligne {e.line}</b> — {frenchSpacing(e.message)}
                      </List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
              </Alert>
            ) : (
              <Alert
                color="teal"
                icon={<IconCheck size={18} />}
                title={`${plural(analysis.rowCount, 'ligne valide', 'lignes valides')}`}
              >
                {summary(analysis.counts)}.
              </Alert>
            )}

            <ImportPreview analysis={analysis} />

            <Group justify="flex-end">
              <Button
                leftSection={<IconFileImport size={16} />}
                disabled={missingNames || analysis.errors.length > 0 || nothingToDo}
                loading={busy}
                onClick={confirmRun}
              >
                {nothingToDo
                  ? 'Rien de nouveau à importer'
                  : `Importer ${plural(analysis.rowCount, 'ligne', 'lignes')}`}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
