/** Channels of the « Historique » of records and of the log's integrity check. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import { historyEntities, type HistoryPage, type LogVerification } from '../../shared/history/types';
import { channel, none } from '../ipc/define';

export const historyQuery = z
  .object({
    entity: z.enum(historyEntities, { error: 'Type de fiche inconnu.' }),
    entityId: id,
    offset: z.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export const historyContract = {
  'history:ofRecord': channel<HistoryPage>()(historyQuery),
  'history:verifyLog': channel<LogVerification>()(none),
} as const;
