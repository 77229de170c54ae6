/**
 * Entry of the service host bundle (dist/electron/host.js): in Electron's utilityProcess it talks
 * through `process.parentPort`; in a worker_thread (browser mode) through `parentPort`.
 */
import { parentPort } from 'node:worker_threads';
import type { HostPort } from './service-host';
import { runServiceHost } from './service-host';

/** The part of Electron's `process.parentPort` the host uses (read without importing electron). */
interface UtilityParentPort {
  postMessage: (message: unknown) => void;
  on: (event: 'message', listener: (event: { data: unknown }) => void) => void;
}

const isUtilityParentPort = (value: unknown): value is UtilityParentPort =>
  typeof value === 'object' && value !== null && 'postMessage' in value && 'on' in value;

function utilityParentPort(): UtilityParentPort | null {
  const candidate: unknown = Reflect.get(process, 'parentPort');
  return isUtilityParentPort(candidate) ? candidate : null;
}

function hostPort(): HostPort {
  const utility = utilityParentPort();
  if (utility) {
    return {
      postMessage: (message) => utility.postMessage(message),
      onMessage: (listener) => utility.on('message', (event) => listener(event.data)),
    };
  }
  const worker = parentPort;
  if (!worker) throw new Error('Le service de données doit être lancé par Porte-voix.');
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
  };
}

runServiceHost(hostPort(), {
  onClosed: () => {
    // A worker_thread ends once its port closes; a utility process must exit itself.
    if (utilityParentPort()) process.exit(0);
    else parentPort?.close();
  },
});
