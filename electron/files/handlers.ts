import type { DomainHandlers } from '../ipc/handler-types';
import type { filesContract } from './contract';
import { deliverFile } from './deliver';

export const filesHandlers: DomainHandlers<typeof filesContract> = {
  'files:save': (ctx, input) => deliverFile(ctx, input.fileId, 'save'),
  'files:open': (ctx, input) => deliverFile(ctx, input.fileId, 'open'),
};
