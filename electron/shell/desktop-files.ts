/**
 * Saving and opening produced files in the desktop app. Electron's dialog and `shell.openPath`
 * come in as plain functions (main.ts passes them), so this logic runs in Jest with fakes.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import type { FileShell, PickWhat } from '../files/file-shell';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
}

export interface OpenDialogOptions {
  title: string;
  buttonLabel: string;
  properties: ('openDirectory' | 'openFile' | 'createDirectory')[];
  filters?: { name: string; extensions: string[] }[];
}

export interface DesktopFilePorts {
  /** Electron's `dialog.showOpenDialog`, bound to the window. */
  showOpenDialog?: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Electron's `dialog.showSaveDialog`, bound to the window. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  /** Electron's `shell.openPath`: resolves to an error message, empty when the file was opened. */
  openPath: (file: string) => Promise<string>;
  /** Where the first save dialog of the run opens (the user's Documents folder). */
  documentsDir: string;
  /** Where copies handed to the system's viewer are written; by default inside the outbox's folder, removed with it. */
  openedDir?: string;
}

const kinds: Record<string, string> = {
  pdf: 'Document PDF',
  csv: 'Fichier CSV',
  xlsx: 'Classeur Excel',
  xml: 'Fichier XML',
  png: 'Image PNG',
  jpg: 'Image JPEG',
  jpeg: 'Image JPEG',
};

export function saveDialogOptions(fileName: string, folder: string): SaveDialogOptions {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const kind = kinds[extension];
  return {
    title: 'Enregistrer le document',
    defaultPath: path.join(folder, fileName),
    buttonLabel: 'Enregistrer',
    filters: [
      ...(kind ? [{ name: kind, extensions: [extension] }] : []),
      { name: 'Tous les fichiers', extensions: ['*'] },
    ],
  };
}

function writeError(target: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'accès refusé à ce dossier'
      : code === 'ENOSPC'
        ? 'le disque est plein'
        : code === 'EBUSY'
          ? 'le fichier est ouvert dans une autre application'
          : 'erreur du système';
  return new AppError('FILE_ERROR', `Le fichier n’a pas pu être écrit dans « ${target} » : ${why}.`);
}

export function desktopFileShell(ports: DesktopFilePorts): FileShell {
  // The next dialog opens where the user saved last, as desktop applications do.
  let lastFolder = ports.documentsDir;
  const pickOptions: Record<PickWhat, OpenDialogOptions> = {
    backupFolder: {
      title: 'Dossier des sauvegardes',
      buttonLabel: 'Choisir ce dossier',
      properties: ['openDirectory', 'createDirectory'],
    },
    backupArchive: {
      title: 'Sauvegarde à restaurer',
      buttonLabel: 'Choisir',
      properties: ['openFile'],
      filters: [{ name: 'Sauvegarde Porte-voix', extensions: ['porte-voix'] }],
    },
  };
  return {
    pick: async (what) => {
      if (!ports.showOpenDialog) return null;
      const result = await ports.showOpenDialog(pickOptions[what]);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    save: async (entry) => {
      const result = await ports.showSaveDialog(saveDialogOptions(entry.fileName, lastFolder));
      if (result.canceled || !result.filePath) return { kind: 'cancelled' };
      const target = result.filePath;
      try {
        await copyFile(entry.path, target);
      } catch (error) {
        throw writeError(target, error);
      }
      lastFolder = path.dirname(target);
      return { kind: 'saved', path: target };
    },
    open: async (entry) => {
      // A folder per file keeps its real name, which the viewer shows in its title bar.
      const folder = path.join(
        ports.openedDir ?? path.join(path.dirname(entry.path), 'ouverts'),
        entry.fileId,
      );
      const target = path.join(folder, entry.fileName);
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        await copyFile(entry.path, target);
      } catch (error) {
        throw writeError(target, error);
      }
      const failure = await ports.openPath(target);
      if (failure) {
        throw new AppError(
          'FILE_ERROR',
          `Le système n’a pas pu ouvrir « ${entry.fileName} » (aucune application pour ce type de fichier ?) : enregistrez-le, puis ouvrez-le depuis son dossier.`,
        );
      }
      return { kind: 'opened', path: target };
    },
  };
}
