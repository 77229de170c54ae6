/**
 * The compte rendu de mandat of one person at one meeting or session: points raised, positions
 * taken, confidential or not, its follow-ups, then the documents received.
 */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Report, ReportDraft } from '../../shared/reports/types';
import { ApiCallError, call, notifyError } from '../api';
import { DateField } from '../components/DateField';
import { PageForm } from '../components/PageForm';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format';
import { FollowUpsEditor } from './FollowUpsEditor';
import { meetingPath, meetingWord } from './links';
import { ReportDocumentsCard } from './ReportDocumentsCard';
import { reportValues, toReportPayload, validateReport, type ReportFormValues } from './report-form';

export function ReportFormPage() {
  const params = useParams();
  const meetingId = Number(params.meetingId);
  const representativeId = Number(params.personId);
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);

  const form = useForm<ReportFormValues>({
    mode: 'controlled',
    initialValues: reportValues(null, ''),
    validate: validateReport(meetingId, representativeId),
  });

  const fill = (report: Report | null, today: string) => {
    const values = reportValues(report, today);
    form.setValues(values);
    form.resetDirty(values);
  };

  useEffect(() => {
    call('reports:draft', { meetingId, representativeId })
      .then((d) => {
        setDraft(d);
        fill(d.report, d.today);
      })
      .catch((e: unknown) => {
        setFailed(true);
        notifyError(e, 'Chargement impossible');
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetingId, representativeId]);

  if (failed) return <Alert color="red">Ce compte rendu ne peut pas être ouvert.</Alert>;
  if (!draft) return <Loader aria-label="Chargement" />;
  const { meeting } = draft;
  const back = { to: meetingPath(meeting), label: `${meetingWord(meeting)} du ${formatDate(meeting.date)}` };

  const setReport = (report: Report) => setDraft({ ...draft, report });

  const save = async (values: ReportFormValues) => {
    setSaving(true);
    try {
      const saved = await call('reports:save', toReportPayload(meetingId, representativeId)(values));
      setReport(saved);
      fill(saved, draft.today);
      notifications.show({
        color: 'teal',
        title: 'Compte rendu enregistré',
        message: `${saved.personName} — ${saved.meeting.label}, ${formatDate(saved.meeting.date)}`,
      });
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = () => {
    const report = draft.report;
    if (!report) return;
    modals.openConfirmModal({
      title: 'Supprimer ce compte rendu ?',
      children: (
        <Text size="sm">
          Le compte rendu de {report.personName}, ses suivis et ses documents joints seront supprimés. Cette
          action ne peut pas être annulée.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Garder' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('reports:delete', { id: report.id });
          form.resetDirty();
          notifications.show({ color: 'teal', title: 'Compte rendu supprimé', message: report.personName });
          navigate(back.to);
        } catch (e) {
          notifyError(e);
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={`Compte rendu de ${draft.personName}`}
        back={back}
        actions={
          draft.report && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
              Supprimer
            </Button>
          )
        }
      />
      <Text c="dimmed" size="sm" mb="md" mt={-8}>
        {meeting.label}
        {meeting.organisationName ? ` (${meeting.organisationName})` : ''} —{' '}
        {meetingWord(meeting).toLowerCase()} du {formatDate(meeting.date)}
        {meeting.title ? ` — ${meeting.title}` : ''}
        {draft.report ? ` · écrit par ${draft.report.author}` : ''}
      </Text>
      <PageForm form={form} onSubmit={save} onCancel={() => navigate(back.to)}>
        <Stack gap="md" maw={1000}>
          {form.values.confidential && (
            <Alert color="grape" icon={<IconLock size={18} />} title="Compte rendu confidentiel">
              Il reste consultable ici, mais son contenu n’apparaît dans aucune liste et il ne figure pas dans
              le compte rendu d’activité remis à l’assemblée générale.
            </Alert>
          )}
          <Card withBorder>
            <Stack gap="sm">
              <Textarea
                label="Points soulevés"
                description="Ce que vous avez porté au nom des usagers : questions, signalements, demandes."
                autosize
                minRows={3}
                data-autofocus
                {...form.getInputProps('pointsRaised')}
              />
              <Textarea
                label="Positions prises"
                description="Ce que vous avez défendu ou voté, et la position de l’instance."
                autosize
                minRows={3}
                {...form.getInputProps('positionsTaken')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField
                  label="Rédigé le"
                  required
                  minDate={meeting.date}
                  maxDate={draft.today}
                  maxDateError="Pas de date future"
                  {...form.getInputProps('writtenOn')}
                />
                <Checkbox
                  mt={{ base: 0, sm: 28 }}
                  label="Confidentiel (ne figure pas dans le compte rendu d’activité)"
                  {...form.getInputProps('confidential', { type: 'checkbox' })}
                />
              </SimpleGrid>
            </Stack>
          </Card>
          <FollowUpsEditor form={form} today={draft.today} windowDays={draft.windowDays} />
          <Group>
            <Button type="submit" loading={saving}>
              Enregistrer le compte rendu
            </Button>
            <Button variant="default" onClick={() => navigate(back.to)}>
              Annuler
            </Button>
          </Group>
          <ReportDocumentsCard report={draft.report} onChange={setReport} />
        </Stack>
      </PageForm>
    </>
  );
}
