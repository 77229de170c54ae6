/** Channels of backups: the settings and folder, a backup now, an archive's content, a restore. */
import { z } from 'zod';
import { backupSettingsSchema, isAbsoluteFolder, type BackupSettings } from '../../shared/backup/settings';
import type { BackupArchiveInfo, BackupOutcome, BackupStatus, BackupTodo } from '../../shared/backup/types';
import { channel, none } from '../ipc/define';
import type { RestoreOutcome } from './restore';

export const archiveInput = z
  .object({
    path: z
      .string()
      .trim()
      .min(1, 'Indiquez le fichier de sauvegarde')
      .max(1000, '1 000 caractères au maximum')
      .refine(isAbsoluteFolder, { error: 'Indiquez le chemin complet du fichier de sauvegarde' }),
  })
  .strict();

export const backupContract = {
  'backup:status': channel<BackupStatus>()(none),
  'backup:settings': channel<BackupSettings>()(none),
  'backup:saveSettings': channel<BackupSettings>()(backupSettingsSchema),
  'backup:now': channel<BackupOutcome>()(none),
  'backup:inspect': channel<BackupArchiveInfo>()(archiveInput),
  'backup:restore': channel<RestoreOutcome>()(archiveInput),
  'backup:pick': channel<{ path: string | null }>()(
    z.object({ what: z.enum(['backupFolder', 'backupArchive']) }).strict(),
  ),
  'backup:todo': channel<{ todo: BackupTodo | null }>()(none),
} as const;
