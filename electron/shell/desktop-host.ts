/**
 * The service host in Electron's utilityProcess: the database and the documents live there, so
 * that the window's main process only forwards calls and never waits on them.
 */
import { utilityProcess } from 'electron';
import type { HostProcess } from '../host/host-client';

export function spawnUtilityHost(modulePath: string): () => HostProcess {
  return () => {
    const child = utilityProcess.fork(modulePath, [], {
      serviceName: 'Porte-voix — données',
      stdio: 'inherit',
    });
    return {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', listener),
      kill: () => void child.kill(),
    };
  };
}
