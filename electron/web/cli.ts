/**
 * `npm run start:web -- [--db FILE] [--demo] [--port N]`: the application in a browser.
 * Without --db it opens the same file as the desktop application. The database and the documents
 * live in a worker_thread (the service host, as in the desktop app's utility process), so that
 * the server keeps answering while a batch runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HostClient } from '../host/host-client';
import { spawnWorkerHost } from '../host/worker-host';
import { DATABASE_FILE_NAME, defaultUserDataDir } from '../paths';
import { fileDownloads } from './file-downloads';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      demo: { type: 'boolean', default: false },
      port: { type: 'string' },
      static: { type: 'string' },
    },
  });
  const file = values.db ?? path.join(defaultUserDataDir(), DATABASE_FILE_NAME);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port invalide : ${values.port}`);
  const staticDir = values.static ?? path.resolve(__dirname, '..', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`Interface introuvable dans ${staticDir} : lancez « npm run build » d’abord.`);
  }
  const log = (message: string, error?: unknown) => console.error(message, error ?? '');
  // No native dialog here: produced files are saved or opened through one-time addresses.
  const downloads = fileDownloads();
  const host = new HostClient({
    spawn: spawnWorkerHost(path.resolve(__dirname, '..', 'electron', 'host.js'), log),
    // No keychain here: encrypted data open with PORTE_VOIX_PASSPHRASE, or the page asks for it.
    init: {
      file,
      mode: 'navigateur',
      demo: values.demo,
      passphrase: process.env.PORTE_VOIX_PASSPHRASE ?? null,
    },
    fileShell: downloads.shell,
    log,
  });
  const ready = await host.ready();
  if (ready.notice) console.log(ready.notice);
  const running = await startWebServer({
    invoke: (channel, payload) => host.invoke(channel, payload),
    downloads,
    staticDir,
    port,
    log,
  });
  console.log(`Porte-voix (mode navigateur) — base : ${ready.databaseFile}`);
  console.log(`Ouvrez : ${running.openUrl}`);
  // Tests read this line to find the server.
  console.log(
    `PORTE_VOIX_READY ${JSON.stringify({ url: running.url, token: running.token, openUrl: running.openUrl })}`,
  );
  const stop = () => {
    void running
      .close()
      .then(() => host.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
