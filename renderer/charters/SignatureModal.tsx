import {
  ActionIcon,
  Button,
  Divider,
  FileInput,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  signatureDateLabel,
  signatureInput,
  signatureMethodLabels,
  signatureMethods,
  type SignatureInput,
  type SignatureMethod,
} from '../../shared/charters/schemas';
import type { CharterSignature, CharterVersion } from '../../shared/charters/types';
import { ApiCallError, call, notifyError } from '../api';
import { openFile } from '../files';
import { schemaValidator } from '../forms';
import { formatDate } from '../format';
import { DateField } from '../components/DateField';
import { futureDateError, futureDateMessage, localTodayIso } from '../../shared/rules/dates';
import { readAsBase64 } from '../exchange/read-file';

interface Values {
  charterVersionId: string;
  signedOn: string;
  method: SignatureMethod;
  file: File | null;
}

const MAX_BYTES = 10 * 1024 * 1024;

const today = () => localTodayIso();

/** Records that one person signed one version of the charter, with the scan if there is one. */
export function SignatureModal(props: {
  person: { id: number; name: string } | null;
  versions: CharterVersion[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { person, versions } = props;
  const [saving, setSaving] = useState(false);
  const [history, setHistory] = useState<CharterSignature[]>([]);
  const loadHistory = (id: number) =>
    call('charters:signaturesOfPerson', { representativeId: id })
      .then(setHistory)
      .catch((error: unknown) => notifyError(error));
  const toPayload = (v: Values): SignatureInput => ({
    representativeId: person?.id ?? 0,
    charterVersionId: Number(v.charterVersionId) || 0,
    signedOn: v.signedOn,
    method: v.method,
    // The file is checked apart (size, type): the schema sees a placeholder.
    file: null,
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { charterVersionId: '', signedOn: today(), method: 'papier', file: null },
    validate: (values) => {
      const errors = schemaValidator<Values>(signatureInput, toPayload)(values);
      const future = futureDateError(values.signedOn, today(), signatureDateLabel);
      if (future !== null && errors.signedOn === undefined) errors.signedOn = future;
      if (values.file && values.file.size > MAX_BYTES) errors.file = 'Le fichier dépasse 10 Mo';
      return errors;
    },
  });

  useEffect(() => {
    if (!person) return;
    const latest = versions.find((v) => v.isLatest) ?? versions[0];
    form.setValues({
      charterVersionId: latest ? String(latest.id) : '',
      signedOn: today(),
      method: 'papier',
      file: null,
    });
    form.clearErrors();
    setHistory([]);
    void loadHistory(person.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [person]);

  const openScan = async (s: CharterSignature) => {
    try {
      await openFile(await call('charters:signatureFile', { id: s.id }));
    } catch (error) {
      notifyError(error, 'Le document n’a pas pu être ouvert');
    }
  };

  // A signature recorded by mistake can be removed; the audit log keeps the trace.
  const confirmDelete = (s: CharterSignature) =>
    modals.openConfirmModal({
      title: 'Supprimer cette signature ?',
      children: (
        <Text size="sm">
          La signature de la version {s.version} du {formatDate(s.signedOn)} par {s.personName} sera effacée
          du registre ; le statut de la charte sera recalculé. Le document numérisé éventuel reste conservé.
        </Text>
      ),
      labels: { confirm: 'Supprimer', cancel: 'Annuler' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('charters:deleteSignature', { id: s.id });
          notifications.show({
            color: 'teal',
            title: 'Signature supprimée',
            message: `Version ${s.version} du ${formatDate(s.signedOn)}`,
          });
          if (person) void loadHistory(person.id);
          props.onSaved();
        } catch (error) {
          notifyError(error);
        }
      },
    });

  const submit = async (values: Values) => {
    if (!person) return;
    setSaving(true);
    try {
      const file = values.file
        ? { fileName: values.file.name, dataBase64: await readAsBase64(values.file) }
        : null;
      const saved = await call('charters:sign', { ...toPayload(values), file });
      notifications.show({
        color: 'teal',
        title: 'Signature enregistrée',
        message: `${person.name} — version ${saved.version} signée le ${formatDate(saved.signedOn)}`,
      });
      props.onSaved();
      props.onClose();
    } catch (error) {
      if (error instanceof ApiCallError) form.setErrors(error.fieldErrors);
      notifyError(error, 'La signature n’a pas été enregistrée');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={person !== null}
      onClose={props.onClose}
      title="Enregistrer une signature de la charte"
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            Représentant : <b>{person?.name}</b>
          </Text>
          {history.length > 0 && (
            <>
              <Table aria-label="Signatures déjà enregistrées" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>Signée le</Table.Th>
                    <Table.Th>Mode</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.version}</Table.Td>
                      <Table.Td>{formatDate(s.signedOn)}</Table.Td>
                      <Table.Td>{signatureMethodLabels[s.method]}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {s.fileHash && (
                            <Tooltip label="Ouvrir le document signé">
                              <ActionIcon
                                variant="subtle"
                                aria-label={`Ouvrir le document signé de la version ${s.version}`}
                                onClick={() => void openScan(s)}
                              >
                                <IconPaperclip size={16} />
                              </ActionIcon>
                            </Tooltip>
                          )}
                          <Tooltip label="Supprimer cette signature">
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Supprimer la signature de la version ${s.version}`}
                              onClick={() => confirmDelete(s)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Divider label="Nouvelle signature" labelPosition="left" />
            </>
          )}
          <Select
            label="Version signée"
            required
            data={versions.map((v) => ({
              value: String(v.id),
              label: `Version ${v.version} — ${v.isLatest ? 'en vigueur depuis le' : 'du'} ${formatDate(v.effectiveDate)}`,
            }))}
            {...form.getInputProps('charterVersionId')}
          />
          <DateField
            label="Date de signature"
            required
            maxDate={today()}
            maxDateError={futureDateMessage(signatureDateLabel, today())}
            {...form.getInputProps('signedOn')}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="mode-signature">
              Mode de signature
            </Text>
            <SegmentedControl
              aria-labelledby="mode-signature"
              data={signatureMethods.map((m) => ({ value: m, label: signatureMethodLabels[m] }))}
              {...form.getInputProps('method')}
            />
          </div>
          <FileInput
            label="Document signé numérisé (facultatif)"
            description="PDF, JPEG ou PNG, 10 Mo au maximum"
            placeholder="Choisir un fichier…"
            accept="application/pdf,image/jpeg,image/png"
            clearable
            leftSection={<IconPaperclip size={16} />}
            {...form.getInputProps('file')}
          />
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
    </Modal>
  );
}
