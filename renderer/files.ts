/**
 * Hands a file made by the main process to the user: the system save dialog in the desktop app
 * (then the system viewer if asked), a download in the browser mode.
 */
import { notifications } from '@mantine/notifications';
import type { GeneratedFile } from '../shared/files';
import { call, isDesktop, notifyError } from './api';

export async function deliverFile(file: GeneratedFile, options: { open?: boolean } = {}): Promise<void> {
  try {
    if (isDesktop()) {
      const saved = await call('files:save', { ...file, open: options.open ?? false });
      if (saved.path) notifications.show({ color: 'teal', title: 'Fichier enregistré', message: saved.path });
      return;
    }
    const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    notifications.show({
      color: 'teal',
      title: 'Téléchargement lancé',
      message: `« ${file.fileName} » est dans le dossier des téléchargements du navigateur.`,
    });
  } catch (error) {
    notifyError(error, 'Le fichier n’a pas pu être enregistré');
  }
}
