import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { endReasonLabels, endReasons, mandateEndInput, type EndReason } from '../../shared/register/schemas';
import type { Mandate } from '../../shared/register/types';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { formatDate } from '../format';
import { DateField } from '../components/DateField';

interface Values {
  endedOn: string | null;
  reason: EndReason | null;
  note: string;
}

function EndForm(props: {
  mandate: Mandate;
  today: string;
  onClose: () => void;
  onSaved: (m: Mandate) => void;
}) {
  const { mandate } = props;
  const [saving, setSaving] = useState(false);
  const toPayload = (v: Values) => ({
    id: mandate.id,
    endedOn: v.endedOn ?? '',
    reason: v.reason ?? undefined,
    note: v.note,
  });
  const defaultEnd =
    mandate.endDate !== null && mandate.endDate < props.today ? mandate.endDate : props.today;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { endedOn: defaultEnd, reason: null, note: '' },
    validate: schemaValidator<Values>(mandateEndInput, toPayload),
  });
  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await call('mandates:end', mandateEndInput.parse(toPayload(values)));
      notifications.show({
        color: 'teal',
        title: 'Mandat terminé',
        message: `Le mandat de ${saved.representativeName} a pris fin le ${formatDate(saved.endedOn)}.`,
      });
      props.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Le mandat n’a pas été terminé');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {mandate.representativeName} — {mandate.roleLabel}, {mandate.instanceName}, depuis le{' '}
          {formatDate(mandate.startDate)}
          {mandate.endDate ? ` (fin prévue le ${formatDate(mandate.endDate)})` : ''}. Le siège redeviendra
          vacant le lendemain de la date de fin.
        </Text>
        <Group grow align="start">
          <DateField label="Date de fin" required {...form.getInputProps('endedOn')} />
          <Select
            label="Motif"
            required
            data={endReasons.map((r) => ({ value: r, label: endReasonLabels[r] }))}
            {...form.getInputProps('reason')}
          />
        </Group>
        <Textarea label="Précisions" autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button type="submit" color="orange" loading={saving}>
            Terminer le mandat
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EndMandateModal(props: {
  mandate: Mandate | null;
  today: string;
  onClose: () => void;
  onSaved: (m: Mandate) => void;
}) {
  return (
    <Modal opened={props.mandate !== null} onClose={props.onClose} title="Terminer le mandat" size="lg">
      {props.mandate && (
        <EndForm
          mandate={props.mandate}
          today={props.today}
          onClose={props.onClose}
          onSaved={props.onSaved}
        />
      )}
    </Modal>
  );
}
