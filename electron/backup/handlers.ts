import type { DomainHandlers } from '../ipc/handler-types';
import * as backups from './backup-service';
import type { backupContract } from './contract';
import { inspectArchive } from './inspect';
import { restoreArchive } from './restore';

export const backupHandlers: DomainHandlers<typeof backupContract> = {
  'backup:status': (ctx) => backups.backupStatus(ctx),
  'backup:settings': (ctx) => backups.readBackupSettings(ctx),
  'backup:saveSettings': (ctx, input) => backups.saveBackupSettings(ctx, input),
  'backup:now': (ctx) => backups.backupNow(ctx, 'manuelle'),
  'backup:inspect': (_ctx, input) => inspectArchive(input.path),
  'backup:restore': (ctx, input) => restoreArchive(ctx, input.path),
  'backup:pick': (ctx, input) => backups.pickPath(ctx, input.what),
  'backup:todo': async (ctx) => ({ todo: await backups.backupTodo(ctx) }),
};
