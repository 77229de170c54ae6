/**
 * `npm run start:web -- [--db FILE] [--demo] [--port N]`: the application in a browser.
 * Without --db it opens the same file as the desktop application.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDemoData } from '../../demo';
import { openApp } from '../app-context';
import { AppError } from '../errors';
import { DATABASE_FILE_NAME, defaultUserDataDir } from '../paths';
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
  const { ctx, database, outbox } = await openApp(file, 'navigateur');
  if (values.demo) {
    try {
      await loadDemoData(ctx);
      console.log('Données de démonstration chargées.');
    } catch (error) {
      if (error instanceof AppError) console.warn(error.message);
      else throw error;
    }
  }
  const running = await startWebServer({ ctx, staticDir, port, log: (m, e) => console.error(m, e) });
  console.log(`Porte-voix (mode navigateur) — base : ${ctx.databaseFile}`);
  console.log(`Ouvrez : ${running.openUrl}`);
  // Tests read this line to find the server.
  console.log(
    `PORTE_VOIX_READY ${JSON.stringify({ url: running.url, token: running.token, openUrl: running.openUrl })}`,
  );
  const stop = () => {
    void running
      .close()
      .then(() => database.close())
      .then(() => outbox.dispose())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
