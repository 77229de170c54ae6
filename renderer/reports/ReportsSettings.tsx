/** Paramètres › Réunions › Comptes rendus: how long after a meeting a report is expected in « À faire ». */
import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { reportsSettingsSchema, type ReportsSettings as Settings } from '../../shared/reports/settings';
import { ApiCallError, call, notifyError } from '../api';
import { PageForm } from '../components/PageForm';
import { schemaValidator } from '../forms';

export function ReportsSettings() {
  const [saving, setSaving] = useState(false);
  const form = useForm<Settings>({
    mode: 'controlled',
    initialValues: { reportDueDays: 15 },
    validate: schemaValidator<Settings>(reportsSettingsSchema),
  });
  useEffect(() => {
    call('reports:settings', {})
      .then((s) => {
        form.setValues(s);
        form.resetDirty(s);
      })
      .catch((e: unknown) => notifyError(e, 'Chargement impossible'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: Settings) => {
    setSaving(true);
    try {
      const saved = await call('reports:saveSettings', values);
      form.resetDirty(saved);
      notifications.show({
        color: 'teal',
        title: 'Paramètres enregistrés',
        message: 'Comptes rendus de mandat',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageForm form={form} onSubmit={save}>
      <Card withBorder mt="md" maw={900}>
        <Title order={3} size="h5" mb={4}>
          Comptes rendus de mandat
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Après chaque réunion ou séance, « À faire » réclame le compte rendu de chaque personne présente
          passé ce délai, pour les réunions des douze derniers mois. Les suivis y apparaissent dans la fenêtre
          d’alerte des mandats (onglet Registre), et dès qu’ils sont en retard.
        </Text>
        <Group align="flex-end">
          <NumberInput
            label="Compte rendu attendu après (jours)"
            min={0}
            max={365}
            allowDecimal={false}
            w={260}
            {...form.getInputProps('reportDueDays')}
          />
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </Card>
    </PageForm>
  );
}
