import {
  Autocomplete,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  fundingInput,
  fundingStatuses,
  fundingStatusLabels,
  usualFunders,
  type FundingInput,
  type FundingStatus,
} from '../../shared/bilans/fundings';
import { ApiCallError, call, notifyError } from '../api';
import { eurosToCents } from '../claims/ui';
import { DateField } from '../components/DateField';
import { PageForm } from '../components/PageForm';
import { PageHeader } from '../components/PageHeader';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';

interface Values {
  funder: string;
  title: string;
  agreementRef: string;
  amount: string | number;
  from: string;
  to: string;
  status: FundingStatus;
  projectIds: string[];
  notes: string;
}

const toPayload = (v: Values): FundingInput => ({
  funder: v.funder,
  title: v.title,
  agreementRef: v.agreementRef,
  amountCents: eurosToCents(v.amount) ?? Number.NaN,
  from: v.from,
  to: v.to,
  status: v.status,
  projectIds: v.projectIds.map(Number),
  notes: v.notes,
});

const year = new Date().getFullYear();
const blank: Values = {
  funder: '',
  title: '',
  agreementRef: '',
  amount: '',
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  status: 'demande',
  projectIds: [],
  notes: '',
};

/** Creates or edits a financement. */
export function FundingFormPage() {
  const params = useParams();
  const editingId = params.id ? Number(params.id) : null;
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [known, setKnown] = useState<Record<string, string>>({});
  const { data: options } = useLoad(() => call('actions:projectOptions', { search: debounced }), [debounced]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: blank,
    validate: schemaValidator<Values>(fundingInput, toPayload),
  });

  useEffect(() => {
    if (editingId === null) return;
    call('fundings:get', { id: editingId })
      .then((f) => {
        const values: Values = {
          funder: f.funder,
          title: f.title,
          agreementRef: f.agreementRef ?? '',
          amount: f.amountCents / 100,
          from: f.from,
          to: f.to,
          status: f.status,
          projectIds: f.projects.map((p) => String(p.id)),
          notes: f.notes ?? '',
        };
        setKnown(Object.fromEntries(f.projects.map((p) => [String(p.id), p.title])));
        form.setValues(values);
        form.resetDirty(values);
      })
      .catch(notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editingId]);

  const projectChoices = new Map(Object.entries(known));
  for (const p of options ?? []) projectChoices.set(String(p.id), p.title);
  const back = () => navigate(editingId ? `/financements/${editingId}` : '/financements');

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved = editingId
        ? await call('fundings:update', { id: editingId, data: payload })
        : await call('fundings:create', payload);
      form.resetDirty();
      notifications.show({
        color: 'teal',
        title: 'Financement enregistré',
        message: `${saved.funder} — ${saved.title}`,
      });
      navigate(`/financements/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Le financement n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader
        title={editingId ? 'Modifier le financement' : 'Nouveau financement'}
        back={{ to: '/financements', label: 'Financements et bilans' }}
      />
      <PageForm form={form} onSubmit={submit} onCancel={back}>
        <Paper withBorder p="md" maw={900}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Autocomplete
                label="Financeur"
                required
                data={[...usualFunders]}
                {...form.getInputProps('funder')}
              />
              <TextInput label="Référence de la convention" {...form.getInputProps('agreementRef')} />
            </SimpleGrid>
            <TextInput
              label="Intitulé de l’action financée"
              description="Tel qu’il figure sur la convention, par exemple : CPOM 2024-2026"
              required
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <NumberInput
                label="Montant (€)"
                required
                min={0}
                decimalScale={2}
                decimalSeparator=","
                thousandSeparator={'\u202f'}
                {...form.getInputProps('amount')}
                error={form.errors.amountCents}
              />
              <DateField label="Début de la période" required {...form.getInputProps('from')} />
              <DateField label="Fin de la période" required {...form.getInputProps('to')} />
              <Select
                label="Statut"
                required
                allowDeselect={false}
                data={fundingStatuses.map((s) => ({ value: s, label: fundingStatusLabels[s] }))}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
            <MultiSelect
              label="Projets financés"
              description="Les projets dont le bilan reprend les actions, les séances, les bénéficiaires et les objectifs"
              searchable
              clearable
              data={[...projectChoices.entries()].map(([value, label]) => ({ value, label }))}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: all }) => all}
              nothingFoundMessage="Aucun projet trouvé"
              {...form.getInputProps('projectIds')}
              onChange={(ids) => {
                setKnown(Object.fromEntries(ids.map((id) => [id, projectChoices.get(id) ?? id])));
                form.setFieldValue('projectIds', ids);
              }}
            />
            <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={back}>
                Annuler
              </Button>
              <Button type="submit" loading={saving}>
                Enregistrer
              </Button>
            </Group>
          </Stack>
        </Paper>
      </PageForm>
    </>
  );
}
