/**
 * Channels of produced files: the renderer holds a reference (`FileRef`) and asks the main
 * process to save the file (« Enregistrer… ») or open it (« Ouvrir »). No bytes travel back.
 */
import { z } from 'zod';
import type { FileDelivery } from '../../shared/files';
import { channel } from '../ipc/define';

const fileInput = z
  .object({ fileId: z.string().regex(/^[0-9a-f]{32}$/, { error: 'Référence de fichier invalide.' }) })
  .strict();

export const filesContract = {
  'files:save': channel<FileDelivery>()(fileInput),
  'files:open': channel<FileDelivery>()(fileInput),
} as const;
