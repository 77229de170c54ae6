/** Paramètres › Envoi des documents: the association's mail account, and « Envoyer un essai ». */
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import {
  mailAccountInput,
  mailSecurities,
  mailSecurityLabels,
  type MailSecurity,
} from '../../shared/mail/settings';
import type { MailSettingsView } from '../../shared/mail/types';
import { ApiCallError, call, notifyError } from '../api';
import { PageForm } from '../components/PageForm';
import { schemaValidator } from '../forms';

interface AccountValues {
  host: string;
  port: number | string;
  security: MailSecurity;
  user: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  caCertificate: string;
  password: string;
}

const toInput = (v: AccountValues) => ({
  host: v.host,
  port: typeof v.port === 'number' ? v.port : Number.NaN,
  security: v.security,
  user: v.user,
  fromName: v.fromName,
  fromAddress: v.fromAddress,
  replyTo: v.replyTo,
  caCertificate: v.caCertificate,
});

function valuesOf(view: MailSettingsView, associationName: string): AccountValues {
  const a = view.account;
  return {
    host: a?.host ?? '',
    port: a?.port ?? 587,
    security: a?.security ?? 'starttls',
    user: a?.user ?? '',
    fromName: a?.fromName ?? associationName,
    fromAddress: a?.fromAddress ?? '',
    replyTo: a?.replyTo ?? '',
    caCertificate: a?.caCertificate ?? '',
    password: '',
  };
}

export function MailAccountCard(props: {
  view: MailSettingsView;
  associationName: string;
  onSaved: (v: MailSettingsView) => void;
}) {
  const [saving, setSaving] = useState(false);
  const [testTo, setTestTo] = useState('');
  const [testError, setTestError] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const form = useForm<AccountValues>({
    mode: 'controlled',
    initialValues: valuesOf(props.view, props.associationName),
    validate: schemaValidator<AccountValues>(mailAccountInput, toInput),
  });

  const save = async (values: AccountValues) => {
    setSaving(true);
    try {
      const saved = await call('mail:saveAccount', {
        account: toInput(values),
        password: values.password || undefined,
      });
      form.setFieldValue('password', '');
      form.resetDirty({ ...values, password: '' });
      props.onSaved(saved);
      notifications.show({
        color: 'teal',
        title: 'Compte d’envoi enregistré',
        message: 'Envoyez un essai pour le vérifier.',
      });
    } catch (error) {
      if (error instanceof ApiCallError)
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fieldErrors).map(([k, v]) => [k.replace(/^account\./, ''), v]),
          ),
        );
      notifyError(error, 'Le compte n’a pas été enregistré');
    } finally {
      setSaving(false);
    }
  };

  const test = async () => {
    setTesting(true);
    setTestError(null);
    try {
      const { to } = await call('mail:test', { to: testTo });
      notifications.show({
        color: 'teal',
        title: 'Message d’essai envoyé',
        message: `Vérifiez la boîte de ${to}.`,
      });
    } catch (error) {
      if (error instanceof ApiCallError) setTestError(error.fieldErrors.to ?? error.message);
      else notifyError(error, 'L’essai n’a pas abouti');
    } finally {
      setTesting(false);
    }
  };

  return (
    <Card withBorder maw={900}>
      <Title order={3} size="h5" mb={4}>
        Compte d’envoi
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Porte-voix envoie les attestations, relevés, états de frais et reçus depuis la messagerie de
        l’association, comme le ferait votre logiciel de courrier : les réglages « SMTP » (serveur d’envoi)
        sont donnés par votre fournisseur (rubrique « configurer un logiciel de messagerie »). La connexion
        est toujours chiffrée.
      </Text>
      <PageForm form={form} onSubmit={save}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Serveur d’envoi (SMTP)"
            placeholder="smtp.exemple.fr"
            withAsterisk
            {...form.getInputProps('host')}
          />
          <Group grow align="flex-start">
            <NumberInput label="Port" min={1} max={65535} withAsterisk {...form.getInputProps('port')} />
            <Select
              label="Chiffrement"
              data={mailSecurities.map((s) => ({ value: s, label: mailSecurityLabels[s] }))}
              allowDeselect={false}
              withAsterisk
              {...form.getInputProps('security')}
            />
          </Group>
          <TextInput
            label="Identifiant"
            placeholder="contact@association.fr"
            withAsterisk
            {...form.getInputProps('user')}
          />
          <PasswordInput
            label="Mot de passe"
            description={
              props.view.passwordSet
                ? 'Déjà enregistré : laissez vide pour le garder.'
                : props.view.passwordKept === 'trousseau'
                  ? 'Gardé dans le trousseau du système, jamais dans le fichier de données.'
                  : 'Gardé pour cette session seulement (mode navigateur), jamais dans le fichier de données.'
            }
            autoComplete="new-password"
            withAsterisk={!props.view.passwordSet}
            {...form.getInputProps('password')}
          />
          <TextInput label="Nom de l’expéditeur" withAsterisk {...form.getInputProps('fromName')} />
          <TextInput
            label="Adresse de l’expéditeur"
            placeholder="contact@association.fr"
            withAsterisk
            {...form.getInputProps('fromAddress')}
          />
          <TextInput
            label="Adresse de réponse (facultative)"
            placeholder="secretariat@association.fr"
            {...form.getInputProps('replyTo')}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label="Certificat de l’autorité du serveur (facultatif)"
          description="Seulement pour un serveur dont le certificat n’est signé par aucune autorité publique : collez le certificat au format PEM que vous a donné son administrateur."
          autosize
          minRows={2}
          maxRows={6}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          {...form.getInputProps('caCertificate')}
        />
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={saving}>
            Enregistrer le compte
          </Button>
        </Group>
      </PageForm>
      {props.view.account && (
        <>
          <Title order={4} size="h6" mt="md" mb="xs">
            Envoyer un essai
          </Title>
          <Group align="flex-start">
            <TextInput
              aria-label="Adresse de l’essai"
              placeholder="votre.adresse@exemple.fr"
              value={testTo}
              error={testError}
              onChange={(e) => setTestTo(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void test();
              }}
              w={320}
            />
            <Button
              variant="default"
              leftSection={<IconSend size={16} />}
              loading={testing}
              onClick={() => void test()}
            >
              Envoyer un essai
            </Button>
          </Group>
        </>
      )}
      {!props.view.account && (
        <Alert mt="md" color="blue" icon={<IconInfoCircle size={18} />}>
          Tant que le compte n’est pas réglé, les documents se téléchargent et s’impriment comme avant.
        </Alert>
      )}
    </Card>
  );
}
