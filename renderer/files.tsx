/**
 * Produced files stay in the main process: the renderer holds a reference and asks for the file
 * to be saved (« Enregistrer… »: the system's dialog on the desktop, a download in the browser)
 * or opened (« Ouvrir »: the system's viewer, or a new tab). No bytes come through here.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconExternalLink, IconFile } from '@tabler/icons-react';
import { useState } from 'react';
import { browserCanShow, type FileDelivery, type FileRef } from '../shared/files';
import { formatFileSize } from '../shared/rules/format-fr';
import { call, isDesktop, notifyError } from './api';

/** Follows the browser mode's one-time address: a download, or the document in a new tab. */
function follow(delivery: Extract<FileDelivery, { kind: 'download' }>): void {
  const link = document.createElement('a');
  link.href = delivery.url;
  if (delivery.disposition === 'inline') {
    link.target = '_blank';
    link.rel = 'noopener';
  } else {
    // The name comes from the server's Content-Disposition.
    link.download = '';
  }
  document.body.appendChild(link);
  link.click();
  link.remove();
}

const downloaded = (file: FileRef) =>
  notifications.show({
    color: 'teal',
    title: 'Fichier téléchargé',
    message: `« ${file.fileName} » est dans le dossier des téléchargements du navigateur.`,
  });

/** « Enregistrer… ». True once the file is saved or downloading; false if cancelled or failed. */
export async function saveFile(file: FileRef): Promise<boolean> {
  try {
    const delivery = await call('files:save', { fileId: file.fileId });
    if (delivery.kind === 'cancelled') return false;
    if (delivery.kind === 'download') {
      follow(delivery);
      downloaded(file);
    } else {
      notifications.show({ color: 'teal', title: 'Fichier enregistré', message: delivery.path });
    }
    return true;
  } catch (error) {
    notifyError(error, 'Le fichier n’a pas pu être enregistré');
    return false;
  }
}

/** « Ouvrir ». True once the viewer (or the tab) has it. */
export async function openFile(file: FileRef): Promise<boolean> {
  try {
    const delivery = await call('files:open', { fileId: file.fileId });
    if (delivery.kind === 'download') {
      follow(delivery);
      // A spreadsheet or an XML file cannot be shown in a tab: the browser downloads it.
      if (delivery.disposition === 'attachment') downloaded(file);
    }
    return true;
  } catch (error) {
    notifyError(error, 'Le fichier n’a pas pu être ouvert');
    return false;
  }
}

export const saveLabel = (): string => (isDesktop() ? 'Enregistrer…' : 'Enregistrer');

function FileChoice(props: { file: FileRef; onDone: () => void }) {
  const [busy, setBusy] = useState<'open' | 'save' | null>(null);
  // A browser shows a PDF or an image in a tab; anything else it could only download.
  const canOpen = isDesktop() || browserCanShow(props.file.mime);
  const run = async (action: 'open' | 'save') => {
    setBusy(action);
    const done = await (action === 'open' ? openFile(props.file) : saveFile(props.file));
    setBusy(null);
    if (done) props.onDone();
  };
  return (
    <Stack data-file-choice>
      <Group wrap="nowrap" gap="sm">
        <IconFile size={32} stroke={1.5} aria-hidden />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            {props.file.fileName}
          </Text>
          <Text size="sm" c="dimmed">
            {formatFileSize(props.file.size)}
          </Text>
        </Stack>
      </Group>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onDone}>
          Fermer
        </Button>
        <Button
          variant={canOpen ? 'default' : 'filled'}
          data-autofocus={canOpen ? undefined : true}
          leftSection={<IconDeviceFloppy size={16} />}
          loading={busy === 'save'}
          disabled={busy === 'open'}
          onClick={() => void run('save')}
        >
          {saveLabel()}
        </Button>
        {canOpen && (
          <Button
            data-autofocus
            leftSection={<IconExternalLink size={16} />}
            loading={busy === 'open'}
            disabled={busy === 'save'}
            onClick={() => void run('open')}
          >
            Ouvrir
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * A document is ready: the user chooses « Ouvrir » (focused, Enter) or « Enregistrer… »;
 * Escape closes. In the browser, a file no tab can show offers « Enregistrer » alone. The file stays available for a while if they come back to it.
 */
export function offerFile(file: FileRef, title = 'Document prêt'): void {
  const id = `fichier-${file.fileId}`;
  modals.open({
    modalId: id,
    title,
    // Centred, below the notifications stacked at the top right (« Attestation émise »…): at
    // 1024 px they covered the panel's close button.
    centered: true,
    children: <FileChoice file={file} onDone={() => modals.close(id)} />,
  });
}
