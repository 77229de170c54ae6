import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import {
  mandateInput,
  mandateRoleLabels,
  mandateRoles,
  type MandateInput,
  type MandateRole,
} from '../../shared/register/schemas';
import type { InstanceDetail, Mandate, MandateDraft } from '../../shared/register/types';
import { ApiCallError, call, notifyError } from '../api';
import { notifyIncomplete, schemaValidator } from '../forms';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { DateField } from '../components/DateField';
import { prefilledEndDate } from './mandate-prefill';

/** What the modal does: a new mandate (some fields preset), a change, or a renewal. */
export type MandateFormMode =
  | { kind: 'create'; preset: Partial<MandateDraft> & { representativeName?: string } }
  | { kind: 'edit'; mandate: Mandate }
  | { kind: 'renew'; from: Mandate; draft: MandateDraft };

interface Values {
  representativeId: string | null;
  instanceId: string | null;
  role: MandateRole;
  roleOther: string;
  startDate: string | null;
  endDate: string | null;
  designatingAuthority: string;
  designationReference: string;
  proposingAssociation: string;
  notes: string;
  pairedMandateId: string | null;
  overCapacityJustification: string;
}

const toId = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

function initialValues(mode: MandateFormMode): Values {
  const source: Partial<MandateDraft> =
    mode.kind === 'create' ? mode.preset : mode.kind === 'edit' ? mode.mandate : mode.draft;
  return {
    representativeId: toId(source.representativeId),
    instanceId: toId(source.instanceId),
    role: source.role ?? 'titulaire',
    roleOther: source.roleOther ?? '',
    startDate: source.startDate ?? null,
    endDate: source.endDate ?? null,
    designatingAuthority: source.designatingAuthority ?? '',
    designationReference: source.designationReference ?? '',
    proposingAssociation: source.proposingAssociation ?? '',
    notes: source.notes ?? '',
    pairedMandateId: toId(source.pairedMandateId),
    overCapacityJustification: source.overCapacityJustification ?? '',
  };
}

export function toPayload(v: Values): MandateInput {
  return {
    representativeId:
      v.representativeId === null ? (undefined as unknown as number) : Number(v.representativeId),
    instanceId: v.instanceId === null ? (undefined as unknown as number) : Number(v.instanceId),
    role: v.role,
    roleOther: v.roleOther,
    startDate: v.startDate ?? '',
    endDate: v.endDate || null,
    designatingAuthority: v.designatingAuthority,
    designationReference: v.designationReference,
    proposingAssociation: v.proposingAssociation,
    notes: v.notes,
    pairedMandateId: v.pairedMandateId === null ? null : Number(v.pairedMandateId),
    overCapacityJustification: v.overCapacityJustification,
  };
}

const fixedPersonName = (mode: MandateFormMode): string =>
  mode.kind === 'create'
    ? (mode.preset.representativeName ?? '')
    : mode.kind === 'edit'
      ? mode.mandate.representativeName
      : mode.from.representativeName;

const titles = {
  create: 'Nouveau mandat',
  edit: 'Modifier le mandat',
  renew: 'Renouveler le mandat',
} as const;

function MandateForm(props: { mode: MandateFormMode; onClose: () => void; onSaved: (m: Mandate) => void }) {
  const { mode } = props;
  const [saving, setSaving] = useState(false);
  const [showJustification, setShowJustification] = useState(
    mode.kind === 'edit' && mode.mandate.overCapacityJustification !== null,
  );
  // Once the user edits the end, a change of start no longer overwrites it.
  const [endTouched, setEndTouched] = useState(mode.kind !== 'create');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(mode),
    validate: schemaValidator<Values>(mandateInput, toPayload),
  });
  const fixedPerson = mode.kind !== 'create' || mode.preset.representativeId !== undefined;
  const fixedInstance = mode.kind !== 'create' || mode.preset.instanceId !== undefined;

  const { data: people } = useLoad(
    () => (fixedPerson ? Promise.resolve(null) : call('representatives:list', { status: 'actifs' })),
    [fixedPerson],
  );
  const { data: instances } = useLoad(
    () => (fixedInstance ? Promise.resolve(null) : call('instances:list', { status: 'actifs' })),
    [fixedInstance],
  );
  const instanceId = form.values.instanceId;
  const [instance, setInstance] = useState<InstanceDetail | null>(null);
  useEffect(() => {
    if (instanceId === null) {
      setInstance(null);
      return;
    }
    call('instances:get', { id: Number(instanceId) })
      .then(setInstance)
      .catch((error: unknown) => notifyError(error, 'Instance introuvable'));
  }, [instanceId]);

  const months = instance?.effectiveMandateMonths ?? null;
  useEffect(() => {
    if (endTouched) return;
    const end = prefilledEndDate(form.values.startDate, months);
    if (end !== undefined) form.setFieldValue('endDate', end);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.values.startDate, months, endTouched]);

  const partnerRole =
    form.values.role === 'titulaire' ? 'suppleant' : form.values.role === 'suppleant' ? 'titulaire' : null;
  const partners = (instance?.mandates ?? []).filter(
    (m) =>
      partnerRole !== null &&
      m.role === partnerRole &&
      m.status !== 'termine' &&
      m.representativeId !== Number(form.values.representativeId),
  );

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const payload = toPayload(values);
      const saved =
        mode.kind === 'edit'
          ? await call('mandates:update', { id: mode.mandate.id, data: payload })
          : mode.kind === 'renew'
            ? await call('mandates:renew', { fromId: mode.from.id, data: payload })
            : await call('mandates:create', payload);
      notifications.show({
        color: 'teal',
        title: 'Mandat enregistré',
        message: `${saved.representativeName} — ${saved.roleLabel}, ${saved.instanceName}, du ${formatDate(saved.startDate)} au ${formatDate(saved.endDate)}.`,
      });
      props.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fieldErrors).length > 0) {
        if ('overCapacityJustification' in error.fieldErrors) setShowJustification(true);
        form.setErrors(error.fieldErrors);
      }
      notifyError(error, 'Le mandat n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit, notifyIncomplete)} noValidate>
      <Stack gap="sm">
        {mode.kind === 'renew' && (
          <Alert color="blue" variant="light">
            Renouvellement du mandat de {mode.from.representativeName} ({mode.from.roleLabel}, jusqu’au{' '}
            {formatDate(mode.from.effectiveEnd)}). Le nouveau mandat commence le lendemain ; indiquez la
            référence du nouvel acte de désignation.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fixedPerson ? (
            <TextInput label="Représentant" value={fixedPersonName(mode)} readOnly variant="filled" />
          ) : (
            <Select
              label="Représentant"
              required
              searchable
              data={(people?.rows ?? []).map((p) => ({
                value: String(p.id),
                label: `${p.lastName.toUpperCase()} ${p.firstName}`,
              }))}
              nothingFoundMessage="Aucun représentant trouvé"
              {...form.getInputProps('representativeId')}
            />
          )}
          {fixedInstance ? (
            <TextInput
              label="Instance"
              value={instance ? `${instance.name} — ${instance.organisationName}` : ''}
              readOnly
              variant="filled"
            />
          ) : (
            <Select
              label="Instance"
              required
              searchable
              data={(instances?.rows ?? []).map((i) => ({
                value: String(i.id),
                label: `${i.name} — ${i.organisationName}`,
              }))}
              nothingFoundMessage="Aucune instance trouvée"
              {...form.getInputProps('instanceId')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Rôle"
            required
            allowDeselect={false}
            data={mandateRoles.map((r) => ({ value: r, label: mandateRoleLabels[r] }))}
            {...form.getInputProps('role')}
          />
          <DateField label="Début" required {...form.getInputProps('startDate')} />
          <DateField
            label="Fin prévue"
            clearable
            description={
              months !== null ? `Terme de ${months} mois pour cette instance` : 'Vide : sans date de fin'
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('endDate')}
            onChange={(v) => {
              setEndTouched(true);
              form.setFieldValue('endDate', v);
            }}
          />
        </SimpleGrid>
        {form.values.role === 'autre' && (
          <TextInput label="Précision du rôle" required {...form.getInputProps('roleOther')} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Autorité de désignation"
            placeholder="Directeur général de l’ARS"
            {...form.getInputProps('designatingAuthority')}
          />
          <TextInput
            label="Référence de l’acte"
            placeholder="Arrêté n° …"
            {...form.getInputProps('designationReference')}
          />
          <TextInput label="Association qui propose" {...form.getInputProps('proposingAssociation')} />
        </SimpleGrid>
        {partnerRole !== null && (
          <Select
            label={partnerRole === 'titulaire' ? 'Titulaire associé' : 'Suppléant associé'}
            description="Le binôme titulaire – suppléant de ce siège"
            clearable
            data={partners.map((m) => ({
              value: String(m.id),
              label: `${m.representativeName} (depuis le ${formatDate(m.startDate)})`,
            }))}
            nothingFoundMessage="Aucun mandat en cours de ce type"
            {...form.getInputProps('pairedMandateId')}
          />
        )}
        {showJustification && (
          <Textarea
            label="Justification du dépassement du nombre de sièges"
            description="Tous les sièges de ce type sont occupés sur une partie de la période : expliquez pourquoi ce mandat s’ajoute."
            autosize
            minRows={2}
            {...form.getInputProps('overCapacityJustification')}
          />
        )}
        <Textarea label="Notes" autosize minRows={1} {...form.getInputProps('notes')} />
        {instance && instance.archived && (
          <Text size="sm" c="red">
            Cette instance est archivée.
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MandateFormModal(props: {
  mode: MandateFormMode | null;
  onClose: () => void;
  onSaved: (m: Mandate) => void;
}) {
  return (
    <Modal
      opened={props.mode !== null}
      onClose={props.onClose}
      title={props.mode ? titles[props.mode.kind] : ''}
      size="xl"
    >
      {props.mode && <MandateForm mode={props.mode} onClose={props.onClose} onSaved={props.onSaved} />}
    </Modal>
  );
}
