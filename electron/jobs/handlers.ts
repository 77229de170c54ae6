import { AppError } from '../errors';
import type { DomainHandlers } from '../ipc/handler-types';
import type { ServiceContext } from '../service-context';
import { runBatch } from './batches';
import type { jobsContract, ProducedBatchResult } from './contract';
import type { JobRegistry } from './registry';

function registryOf(ctx: ServiceContext): JobRegistry<ProducedBatchResult> {
  if (!ctx.jobs)
    throw new AppError('FORBIDDEN_STATE', 'Les traitements par lots ne sont pas disponibles ici.');
  return ctx.jobs;
}

export const jobsHandlers: DomainHandlers<typeof jobsContract> = {
  'jobs:start': async (ctx, input) => ({
    jobId: registryOf(ctx).start((control) => runBatch(ctx, input, control)),
  }),
  'jobs:progress': async (ctx, input) => registryOf(ctx).status(input.jobId),
  'jobs:cancel': async (ctx, input) => ({ cancelled: registryOf(ctx).cancel(input.jobId) }),
};
