// Builds what `npm start` and `npm run start:web` run: the renderer (Vite) and the main-process
// side (esbuild). With --if-needed it skips a part whose output is newer than all its sources.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const ifNeeded = process.argv.includes('--if-needed');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// Parallel work (several engineers, several test runs) can build into separate folders.
const dist = path.resolve(root, process.env.PORTE_VOIX_DIST ?? 'dist');

function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return max;
}
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const sourcesNewest = (dirs) =>
  Math.max(...dirs.map((d) => newest(path.join(root, d))), mtime(path.join(root, 'package.json')));

const rendererOut = path.join(dist, 'renderer/index.html');
if (!ifNeeded || sourcesNewest(['renderer', 'shared']) > mtime(rendererOut)) {
  console.log('Construction de l’interface (Vite)…');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      path.join(dist, 'renderer'),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      // The config imports the CSP from TypeScript source; Vite bundles it, the warning is noise.
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
}

const mainOut = path.join(dist, 'electron/main.js');
// A build from before the service host has no host.js: its absence (mtime 0) forces the build.
const hostOut = path.join(dist, 'electron/host.js');
if (
  !ifNeeded ||
  sourcesNewest(['electron', 'db', 'shared', 'demo']) > Math.min(mtime(mainOut), mtime(hostOut))
) {
  console.log('Construction du processus principal (esbuild)…');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: {
      'electron/main': 'electron/main.ts',
      // The service host (database, services, documents): a utility process or a worker_thread.
      'electron/host': 'electron/host/host-entry.ts',
      'web/cli': 'electron/web/cli.ts',
    },
    outdir: dist,
    absWorkingDir: root,
    // Dependencies stay in node_modules (native better-sqlite3, pdfkit's data files), except
    // Kysely: published as ES modules only, it is bundled so that this CommonJS output never
    // has to require() an ES module.
    external: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
      (name) => name !== 'kysely',
    ),
  });
  // A sandboxed preload can require nothing but electron: everything else is bundled into it.
  await build({
    ...common,
    entryPoints: { 'electron/preload': 'electron/preload.ts' },
    outdir: dist,
    absWorkingDir: root,
    external: ['electron'],
  });
  const fonts = path.join(root, 'electron/documents/fonts');
  if (existsSync(fonts)) {
    mkdirSync(path.join(dist, 'fonts'), { recursive: true });
    cpSync(fonts, path.join(dist, 'fonts'), { recursive: true });
  }
}
