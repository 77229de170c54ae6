import {
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { meetingsSettingsSchema } from '../../shared/meetings/settings';
import type { Civility } from '../../shared/register/representative';
import { ApiCallError, call, notifyError } from '../api';
import { schemaValidator } from '../forms';
import { TimeField } from './fields';
import { PageForm } from '../components/PageForm';

interface Values {
  congeAllowanceDays: number;
  halfDayMaxHours: number;
  warningRemainingDays: number;
  hourlyIndemnityEuros: number;
  signatoryName: string;
  signatoryCivility: Civility;
  signatoryRole: string;
  defaultStartTime: string;
  defaultEndTime: string;
}

const toPayload = (v: Values) => ({
  congeAllowanceDays: v.congeAllowanceDays,
  halfDayMaxMinutes: Math.round(v.halfDayMaxHours * 60),
  warningRemainingHalfDays: Math.round(v.warningRemainingDays * 2),
  hourlyIndemnityCents: Math.round(v.hourlyIndemnityEuros * 100),
  signatoryName: v.signatoryName,
  signatoryCivility: v.signatoryCivility,
  signatoryRole: v.signatoryRole,
  defaultStartTime: v.defaultStartTime,
  defaultEndTime: v.defaultEndTime,
});

const fieldOf: Record<string, keyof Values> = {
  halfDayMaxMinutes: 'halfDayMaxHours',
  warningRemainingHalfDays: 'warningRemainingDays',
  hourlyIndemnityCents: 'hourlyIndemnityEuros',
};

/** Paramètres › Réunions: congé de représentation, attestations, default times. */
export function MeetingsSettings() {
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      congeAllowanceDays: 9,
      halfDayMaxHours: 4,
      warningRemainingDays: 1,
      hourlyIndemnityEuros: 8.4,
      signatoryName: '',
      signatoryCivility: '',
      signatoryRole: '',
      defaultStartTime: '14:00',
      defaultEndTime: '16:30',
    },
    validate: (v) => {
      const errors = schemaValidator<Values>(meetingsSettingsSchema, toPayload)(v);
      return Object.fromEntries(Object.entries(errors).map(([k, m]) => [fieldOf[k] ?? k, m]));
    },
  });

  useEffect(() => {
    call('meetings:settings', {})
      .then((s) => {
        const values: Values = {
          congeAllowanceDays: s.congeAllowanceDays,
          halfDayMaxHours: s.halfDayMaxMinutes / 60,
          warningRemainingDays: s.warningRemainingHalfDays / 2,
          hourlyIndemnityEuros: s.hourlyIndemnityCents / 100,
          signatoryName: s.signatoryName,
          signatoryCivility: s.signatoryCivility,
          signatoryRole: s.signatoryRole,
          defaultStartTime: s.defaultStartTime,
          defaultEndTime: s.defaultEndTime,
        };
        form.setValues(values);
        form.resetDirty(values);
        setLoaded(true);
      })
      .catch((e: unknown) => notifyError(e, 'Chargement impossible'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await call('meetings:saveSettings', toPayload(values));
      form.resetDirty(values);
      notifications.show({
        color: 'teal',
        title: 'Paramètres enregistrés',
        message: 'Les compteurs de congé en tiennent compte.',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return <Loader aria-label="Chargement" />;
  return (
    <PageForm form={form} onSubmit={submit}>
      <Stack gap="md" maw={800}>
        <Card withBorder>
          <Text fw={600} mb="xs">
            Congé de représentation
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Jours par an"
              description="9 jours ouvrables (Code du travail, art. L3142-60)"
              min={0}
              max={60}
              step={0.5}
              decimalSeparator=","
              {...form.getInputProps('congeAllowanceDays')}
            />
            <NumberInput
              label="Demi-journée jusqu’à (heures de présence)"
              description="Au-delà, la journée entière est décomptée"
              min={0.5}
              max={12}
              step={0.5}
              decimalSeparator=","
              {...form.getInputProps('halfDayMaxHours')}
            />
            <NumberInput
              label="Alerter quand il reste (jours)"
              description="Ligne dans « À faire » pour les salariés concernés"
              min={0}
              max={18}
              step={0.5}
              decimalSeparator=","
              {...form.getInputProps('warningRemainingDays')}
            />
            <NumberInput
              label="Indemnité horaire de l’État (€)"
              description="Valeur à vérifier chaque année (8,40 € par défaut)"
              min={0}
              max={100}
              step={0.1}
              decimalScale={2}
              fixedDecimalScale
              decimalSeparator=","
              {...form.getInputProps('hourlyIndemnityEuros')}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Text fw={600} mb="xs">
            Attestations et réunions
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Signataire des attestations"
              description="Vide : la présidence de l’association (Paramètres › Association)"
              {...form.getInputProps('signatoryName')}
            />
            <Select
              label="Civilité du signataire"
              description="Accorde « soussignée » et la qualité ; pour un nom saisi ci-contre"
              data={[
                { value: '', label: '—' },
                { value: 'Mme', label: 'Mme' },
                { value: 'M.', label: 'M.' },
              ]}
              allowDeselect={false}
              disabled={form.values.signatoryName.trim() === ''}
              {...form.getInputProps('signatoryCivility')}
            />
            <TextInput
              label="Qualité du signataire"
              description="Vide : Présidente ou Président selon la civilité"
              {...form.getInputProps('signatoryRole')}
            />
            <TimeField
              label="Heure de début par défaut"
              value={form.values.defaultStartTime}
              onChange={(v) => form.setFieldValue('defaultStartTime', v)}
              error={form.errors.defaultStartTime}
            />
            <TimeField
              label="Heure de fin par défaut"
              value={form.values.defaultEndTime}
              onChange={(v) => form.setFieldValue('defaultEndTime', v)}
              error={form.errors.defaultEndTime}
            />
          </SimpleGrid>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </PageForm>
  );
}
