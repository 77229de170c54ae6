/** Paramètres › Envoi des documents: the message that goes with each kind of document. */
import { Accordion, Button, Card, Code, Group, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { defaultTemplates, mailTemplatesInput, type MailTemplates } from '../../shared/mail/settings';
import { mailKindLabels, mailKinds, placeholderLabels, placeholdersOf } from '../../shared/mail/templates';
import type { MailSettingsView } from '../../shared/mail/types';
import { ApiCallError, call, notifyError } from '../api';
import { PageForm } from '../components/PageForm';
import { schemaValidator } from '../forms';

export function MailTemplatesCard(props: { view: MailSettingsView; onSaved: (v: MailSettingsView) => void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm<MailTemplates>({
    mode: 'controlled',
    initialValues: props.view.templates,
    validate: schemaValidator<MailTemplates>(mailTemplatesInput),
  });
  const save = async (values: MailTemplates) => {
    setSaving(true);
    try {
      const saved = await call('mail:saveTemplates', values);
      form.resetDirty(saved.templates);
      props.onSaved(saved);
      notifications.show({
        color: 'teal',
        title: 'Messages enregistrés',
        message: 'Ils serviront aux prochains envois.',
      });
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'Les messages n’ont pas été enregistrés');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card withBorder maw={900} mt="md">
      <Title order={3} size="h5" mb={4}>
        Messages
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Le texte de l’e-mail qui accompagne chaque document. Les mots entre accolades sont remplacés pour
        chaque personne : par exemple <Code>{'{prenom}'}</Code> devient « Claire ».
      </Text>
      <PageForm form={form} onSubmit={save}>
        <Accordion variant="separated" multiple defaultValue={[]}>
          {mailKinds.map((kind) => (
            <Accordion.Item key={kind} value={kind}>
              <Accordion.Control>{mailKindLabels[kind]}</Accordion.Control>
              <Accordion.Panel>
                <TextInput label="Objet" withAsterisk {...form.getInputProps(`${kind}.subject`)} />
                <Textarea
                  mt="xs"
                  label="Texte"
                  withAsterisk
                  autosize
                  minRows={5}
                  maxRows={14}
                  {...form.getInputProps(`${kind}.body`)}
                />
                <Text size="xs" c="dimmed" mt={6}>
                  Vous pouvez utiliser :{' '}
                  {placeholdersOf(kind).map((p, i) => (
                    <span key={p}>
                      {i > 0 ? ', ' : ''}
                      <Code>{`{${p}}`}</Code> ({placeholderLabels[p]})
                    </span>
                  ))}
                  .
                </Text>
                <Group justify="flex-end" mt="xs">
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={() => form.setFieldValue(kind, defaultTemplates[kind])}
                  >
                    Rétablir le texte proposé
                  </Button>
                </Group>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={saving}>
            Enregistrer les messages
          </Button>
        </Group>
      </PageForm>
    </Card>
  );
}
