/** The documents received for the meeting (convocation, ordre du jour, compte rendu…), joined to a saved report. */
import { ActionIcon, Anchor, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  reportDocumentKindLabels,
  reportDocumentKinds,
  type ReportDocumentKind,
} from '../../shared/reports/schemas';
import type { Report } from '../../shared/reports/types';
import { formatFileSize } from '../../shared/rules/format-fr';
import { call, notifyError } from '../api';
import { readAsBase64 } from '../exchange/read-file';
import { openFile } from '../files';

const MAX_BYTES = 10 * 1024 * 1024;

export function ReportDocumentsCard(props: { report: Report | null; onChange: (report: Report) => void }) {
  const { report } = props;
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ReportDocumentKind>('convocation');
  const [busy, setBusy] = useState(false);

  const attach = async (file: File | undefined) => {
    if (!file || !report) return;
    if (file.size > MAX_BYTES) {
      notifications.show({
        color: 'red',
        title: 'Fichier trop lourd',
        message: 'Le document dépasse 10 Mo\u00a0: numérisez-le en qualité moindre.',
      });
      return;
    }
    setBusy(true);
    try {
      props.onChange(
        await call('reports:attachDocument', {
          reportId: report.id,
          kind,
          fileName: file.name,
          dataBase64: await readAsBase64(file),
        }),
      );
      notifications.show({ color: 'teal', title: 'Document joint', message: file.name });
    } catch (e) {
      notifyError(e, 'Le document n’a pas été joint');
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const remove = (hash: string, name: string) => {
    if (!report) return;
    modals.openConfirmModal({
      title: 'Retirer le document ?',
      children: <Text size="sm">« {name} » ne sera plus joint à ce compte rendu.</Text>,
      labels: { confirm: 'Retirer', cancel: 'Garder' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          props.onChange(await call('reports:detachDocument', { reportId: report.id, hash }));
        } catch (e) {
          notifyError(e);
        }
      },
    });
  };

  const open = async (hash: string) => {
    if (!report) return;
    try {
      await openFile(await call('reports:openDocument', { reportId: report.id, hash }));
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Documents reçus
      </Title>
      {!report ? (
        <Text size="sm" c="dimmed">
          Enregistrez d’abord le compte rendu ; vous pourrez ensuite y joindre la convocation, l’ordre du jour
          ou le compte rendu officiel (PDF, JPEG ou PNG, 10 Mo au plus).
        </Text>
      ) : (
        <Stack gap="sm">
          {report.documents.length === 0 ? (
            <Text size="sm" c="dimmed">
              Aucun document joint.
            </Text>
          ) : (
            <Table aria-label="Documents reçus">
              <Table.Tbody>
                {report.documents.map((d) => (
                  <Table.Tr key={d.hash}>
                    <Table.Td w={150}>{reportDocumentKindLabels[d.kind]}</Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" onClick={() => void open(d.hash)}>
                        {d.originalName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td w={90}>
                      <Text size="xs" c="dimmed">
                        {formatFileSize(d.size)}
                      </Text>
                    </Table.Td>
                    <Table.Td w={40}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Retirer ${d.originalName}`}
                        onClick={() => remove(d.hash, d.originalName)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group align="flex-end" gap="sm">
            <Select
              label="Nature du document"
              data={reportDocumentKinds.map((k) => ({ value: k, label: reportDocumentKindLabels[k] }))}
              value={kind}
              onChange={(v) => setKind(reportDocumentKinds.find((k) => k === v) ?? 'autre')}
              allowDeselect={false}
              w={220}
            />
            <Button
              variant="default"
              leftSection={<IconPaperclip size={16} />}
              loading={busy}
              onClick={() => input.current?.click()}
            >
              Joindre un fichier…
            </Button>
            <input
              ref={input}
              type="file"
              hidden
              accept="application/pdf,image/jpeg,image/png"
              aria-label="Fichier à joindre"
              onChange={(e) => void attach(e.currentTarget.files?.[0])}
            />
          </Group>
        </Stack>
      )}
    </Card>
  );
}
