import { plural } from '../../shared/rules/plural';
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { charterVersionInput, type CharterVersionInput } from '../../shared/charters/schemas';
import type { CharterVersion } from '../../shared/charters/types';
import { ApiCallError, call, notifyError } from '../api';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { formatDate } from '../format';
import { DateField } from '../components/DateField';
import { PageForm } from '../components/PageForm';

const empty: CharterVersionInput = {
  title: 'Charte d’engagement des représentants',
  version: '1',
  effectiveDate: '',
  body: '',
};

/** "2" → "3", "1.4" → "1.5"; anything else is left for the user to number. */
function nextVersion(version: string): string {
  const m = /^(.*?)(\d+)$/.exec(version.trim());
  return m ? `${m[1]}${Number(m[2]) + 1}` : '';
}

/** The text as read: "# " lines are headings, blank lines separate paragraphs. */
function CharterText(props: { body: string }) {
  const blocks: Array<{ heading: boolean; text: string }> = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ heading: false, text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const line of props.body.split(/\r?\n/)) {
    if (line.startsWith('# ')) {
      flush();
      blocks.push({ heading: true, text: line.slice(2).trim() });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return (
    <Stack gap="xs">
      {blocks.map((b, i) =>
        b.heading ? (
          <Title key={i} order={4} size="h5" mt={i > 0 ? 'sm' : 0}>
            {b.text}
          </Title>
        ) : (
          <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {b.text}
          </Text>
        ),
      )}
    </Stack>
  );
}

export function CharterVersionFormPage() {
  const { id } = useParams();
  const editingId = id && id !== 'nouvelle' ? Number(id) : null;
  const navigate = useNavigate();
  const [version, setVersion] = useState<CharterVersion | null>(null);
  const [signedCount, setSignedCount] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useForm<CharterVersionInput>({
    mode: 'controlled',
    initialValues: empty,
    validate: schemaValidator<CharterVersionInput>(charterVersionInput),
  });

  useEffect(() => {
    call('charters:versions', {})
      .then((all) => {
        setSignedCount(all.reduce((n, v) => n + v.signatureCount, 0));
        if (editingId !== null) {
          const found = all.find((v) => v.id === editingId) ?? null;
          setVersion(found);
          if (found)
            form.setValues({
              title: found.title,
              version: found.version,
              effectiveDate: found.effectiveDate,
              body: found.body,
            });
        } else {
          setVersion(null);
          // A new version starts from the text in force: most changes are amendments.
          const latest = all.find((v) => v.isLatest) ?? all[0];
          if (latest)
            form.setValues({
              title: latest.title,
              version: nextVersion(latest.version),
              effectiveDate: '',
              body: latest.body,
            });
        }
        setLoaded(true);
      })
      .catch((error: unknown) => notifyError(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const save = async (values: CharterVersionInput) => {
    setSaving(true);
    try {
      const saved =
        editingId === null
          ? await call('charters:createVersion', values)
          : await call('charters:updateVersion', { id: editingId, data: values });
      notifications.show({
        color: 'teal',
        title: editingId === null ? 'Version publiée' : 'Version enregistrée',
        message: `${saved.title} — version ${saved.version}`,
      });
      form.resetDirty();
      navigate('/chartes');
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'La version n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  const submit = (values: CharterVersionInput) => {
    if (editingId !== null) return void save(values);
    modals.openConfirmModal({
      title: `Publier la version ${values.version.trim()} ?`,
      children: (
        <Text size="sm">
          À partir du {formatDate(values.effectiveDate)}, les représentants qui ont signé une version
          antérieure passeront « à re-signer »
          {signedCount > 0 ? ' et devront signer cette nouvelle version' : ''}. Tant que personne ne l’a
          signée, vous pourrez encore la corriger.
        </Text>
      ),
      labels: { confirm: 'Publier', cancel: 'Annuler' },
      onConfirm: () => void save(values),
    });
  };

  if (!loaded) return <Loader aria-label="Chargement" />;

  if (version && !version.editable) {
    return (
      <>
        <PageHeader
          title={`${version.title} — version ${version.version}`}
          back={{ to: '/chartes', label: 'Charte d’engagement' }}
          actions={
            <Button
              leftSection={<IconCopy size={16} />}
              onClick={() => navigate('/chartes/versions/nouvelle')}
            >
              Publier une nouvelle version
            </Button>
          }
        />
        <Alert color="blue" mb="md" maw={900} title="Version signée">
          En vigueur le {formatDate(version.effectiveDate)}, signée par{' '}
          {plural(version.signatureCount, 'représentant', 'représentants')} : son texte ne peut plus changer.
          Pour le modifier, publiez une nouvelle version.
        </Alert>
        <Card withBorder maw={900}>
          <CharterText body={version.body} />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={
          editingId === null
            ? 'Nouvelle version de la charte'
            : `Modifier la version ${version?.version ?? ''}`
        }
        back={{ to: '/chartes', label: 'Charte d’engagement' }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={() => navigate('/chartes')}>
        <Stack gap="md" maw={900}>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label="Titre"
              required
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('title')}
            />
            <TextInput label="Numéro de version" required {...form.getInputProps('version')} />
            <DateField label="Date d’entrée en vigueur" required {...form.getInputProps('effectiveDate')} />
          </SimpleGrid>
          <Textarea
            label="Texte de la charte"
            description="Séparez les paragraphes par une ligne vide ; une ligne qui commence par « # » est un intertitre."
            required
            autosize
            minRows={14}
            maxRows={30}
            {...form.getInputProps('body')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/chartes')}>
              Annuler
            </Button>
            <Button type="submit" loading={saving}>
              {editingId === null ? 'Publier' : 'Enregistrer'}
            </Button>
          </Group>
        </Stack>
      </PageForm>
    </>
  );
}
