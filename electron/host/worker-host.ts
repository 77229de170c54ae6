/** The service host in a worker_thread: the browser mode's way to keep its server answering. */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../ipc/dispatch';
import type { HostProcess } from './host-client';

export function spawnWorkerHost(modulePath: string, log?: Logger): () => HostProcess {
  return () => {
    const worker = new Worker(modulePath);
    // An uncaught error ends the thread; 'exit' follows and the client restarts it.
    worker.on('error', (error) => log?.('erreur du service de données', error));
    return {
      postMessage: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', listener),
      onExit: (listener) => worker.on('exit', listener),
      kill: () => void worker.terminate(),
    };
  };
}
