import type { DomainHandlers } from '../ipc/handler-types';
import type { historyContract } from './contract';
import { recordHistory } from './history';
import { verifyLog } from './verify-log';

export const historyHandlers: DomainHandlers<typeof historyContract> = {
  'history:ofRecord': (ctx, input) => recordHistory(ctx, input),
  'history:verifyLog': (ctx) => verifyLog(ctx),
};
