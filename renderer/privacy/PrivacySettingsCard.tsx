/** The retention setting (Paramètres › Registre): years without activity before the yearly review. */
import { Button, Card, Group, Loader, NumberInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { privacySettingsSchema } from '../../shared/privacy/settings';
import { ApiCallError, call, notifyError } from '../api';
import { PageForm } from '../components/PageForm';
import { schemaValidator } from '../forms';
import { useLoad } from '../hooks';

interface Values {
  retentionYears: number | string;
}
const payload = (v: Values) => ({
  retentionYears: v.retentionYears === '' ? undefined : Number(v.retentionYears),
});

export function PrivacySettingsCard() {
  const { data } = useLoad(() => call('privacySettings:get', {}), []);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { retentionYears: 3 },
    validate: schemaValidator<Values>(privacySettingsSchema.required(), payload),
  });
  useEffect(() => {
    if (!data) return;
    form.setValues(data);
    form.resetDirty(data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  if (!data) return <Loader aria-label="Chargement" />;
  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await call('privacySettings:save', privacySettingsSchema.parse(payload(values)));
      form.resetDirty(saved);
      notifications.show({
        color: 'teal',
        title: 'Paramètres enregistrés',
        message: '« À faire » en tient compte dès maintenant.',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card withBorder mt="md" maw={1000}>
      <Title order={3} size="h5" mb="xs">
        Conservation des données personnelles
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Chaque année, « À faire » propose les personnes sans activité depuis cette durée, à anonymiser ou à
        conserver. Les pièces comptables et les reçus fiscaux suivent leurs propres délais légaux.
      </Text>
      <PageForm form={form} onSubmit={submit}>
        <NumberInput
          label="Durée sans activité avant la revue (années)"
          min={1}
          max={30}
          allowDecimal={false}
          w={420}
          {...form.getInputProps('retentionYears')}
        />
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </PageForm>
    </Card>
  );
}
