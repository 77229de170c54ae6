/**
 * The service host and its client joined by a real MessageChannel (structured clone, as between
 * processes), on an in-memory database holding a large association: the host must answer a
 * cheap request while the relevés for the whole association are being generated, and a
 * cancelled batch must stop and say so.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { HostClient, type HostProcess } from '../../../electron/host/host-client';
import type { FromHost } from '../../../electron/host/protocol';
import { runServiceHost } from '../../../electron/host/service-host';
import { toApiError } from '../../../electron/ipc/dispatch';
import { JobRegistry } from '../../../electron/jobs/registry';
import { runOutbox } from '../../../electron/files/outbox';
import type { ApiResult } from '../../../electron/ipc/contract';
import type { JobStatus } from '../../../shared/jobs/types';
import { createTestApp, type TestApp } from '../../helpers/context';
import { seedLargeAssociation } from '../../fixtures/large-association';

let app: TestApp;
let client: HostClient;
let hostSide: MessagePort;
let parentSide: MessagePort;

beforeAll(async () => {
  app = await createTestApp('2026-11-20T10:00:00.000Z');
  await seedLargeAssociation(app.ctx.db, { people: 600, year: 2026 });
  app.ctx.jobs = new JobRegistry((error) => toApiError('jobs', error));
  const channel = new MessageChannel();
  hostSide = channel.port1;
  parentSide = channel.port2;
  runServiceHost(
    {
      postMessage: (message: FromHost) => hostSide.postMessage(message),
      onMessage: (listener) => hostSide.on('message', listener),
    },
    { open: async () => ({ ctx: app.ctx, database: app.database, outbox: runOutbox() }) },
  );
  const process: HostProcess = {
    postMessage: (message) => parentSide.postMessage(message),
    onMessage: (listener) => parentSide.on('message', listener),
    onExit: () => undefined,
    kill: () => undefined,
  };
  client = new HostClient({
    spawn: () => process,
    init: { file: ':memory:', mode: 'navigateur', demo: false },
  });
  await client.ready();
}, 60_000);

afterAll(async () => {
  hostSide.close();
  parentSide.close();
  await app.close();
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result: ApiResult<unknown> = await client.invoke(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

const progressOf = (jobId: string) => call<JobStatus<{ count: number }>>('jobs:progress', { jobId });

describe('the service host during a batch', () => {
  it('answers a list while the relevés for the whole association are generated', async () => {
    const { jobId } = await call<{ jobId: string }>('jobs:start', {
      channel: 'attestations:allParticipationPdf',
      input: { year: 2026 },
    });
    const answeredDuring: number[] = [];
    const seen: number[] = [];
    for (;;) {
      const started = performance.now();
      const list = await call<{ total: number }>('representatives:list', {});
      const elapsed = performance.now() - started;
      expect(list.total).toBe(600);
      const status = await progressOf(jobId);
      seen.push(status.done);
      if (status.state !== 'running') {
        expect(status.state).toBe('done');
        expect(status.result?.count).toBe(600);
        break;
      }
      answeredDuring.push(elapsed);
    }
    // The list came back several times before the batch was over, and the progress moved.
    expect(answeredDuring.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  }, 60_000);

  it('stops a cancelled batch between two items and says « Génération annulée »', async () => {
    const { jobId } = await call<{ jobId: string }>('jobs:start', {
      channel: 'attestations:allParticipationPdf',
      input: { year: 2026 },
    });
    let status = await progressOf(jobId);
    while (status.state === 'running' && status.done === 0) status = await progressOf(jobId);
    await expect(call('jobs:cancel', { jobId })).resolves.toEqual({ cancelled: true });
    while (status.state === 'running') status = await progressOf(jobId);
    expect(status.state).toBe('cancelled');
    expect(status.error).toEqual({ code: 'CANCELLED', message: 'Génération annulée.' });
    expect(status.done).toBeLessThan(status.total);
    expect(status.result).toBeUndefined();
  }, 60_000);

  it('refuses a job on a channel that is not a batch', async () => {
    const result = await client.invoke('jobs:start', { channel: 'representatives:delete', input: { id: 1 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
