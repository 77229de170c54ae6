// better-sqlite3 is a native module: Node (tests, browser mode) and Electron (the app) need it
// built for different ABIs (Node 22: 127, Electron 45: 150, though Electron embeds Node 22).
// Before each run this script puts the right build in place, keeping each build in
// .cache/native/<runtime-abi>/ so switching back and forth costs a file copy. The Node build is
// for the Node running this script: through npm scripts, the project's own Node 22
// (node_modules/.bin/node, from the `node` devDependency) whatever Node the machine has.
//   node scripts/native-abi.mjs node|electron
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage : node scripts/native-abi.mjs node|electron');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const binary = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const cacheRoot = path.join(root, '.cache', 'native');
const markerFile = path.join(cacheRoot, 'current.json');

const electronVersion = () =>
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const keyFor = (runtime) =>
  `${runtime === 'node' ? `node-${process.versions.modules}` : `electron-${electronVersion()}`}-${process.platform}-${process.arch}`;
const wanted = keyFor(target);
const current = existsSync(markerFile) ? JSON.parse(readFileSync(markerFile, 'utf8')).key : null;

function remember(key) {
  mkdirSync(path.join(cacheRoot, key), { recursive: true });
  copyFileSync(binary, path.join(cacheRoot, key, 'better_sqlite3.node'));
  writeFileSync(markerFile, JSON.stringify({ key }));
}

// Headers of the running Node, so that node-gyp needs no download and ignores a machine-wide
// `nodedir` naming another Node's (here ~/.npmrc names the system Node 20's). The registry's
// `node` package carries them in its platform package (node_modules/node/node_modules/node-<os>-<cpu>).
function nodeHeadersDir() {
  const platformPackages = path.join(root, 'node_modules', 'node', 'node_modules');
  const candidates = [
    path.resolve(path.dirname(process.execPath), '..'),
    ...(existsSync(platformPackages)
      ? readdirSync(platformPackages).map((name) => path.join(platformPackages, name))
      : []),
  ];
  const [major, minor, patch] = process.versions.node.split('.');
  return candidates.find((dir) => {
    const header = path.join(dir, 'include', 'node', 'node_version.h');
    if (!existsSync(header)) return false;
    const text = readFileSync(header, 'utf8');
    return [
      ['MAJOR', major],
      ['MINOR', minor],
      ['PATCH', patch],
    ].every(([part, value]) => new RegExp(`#define NODE_${part}_VERSION ${value}\\b`).test(text));
  });
}

const loadsInNode = () =>
  existsSync(binary) &&
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    stdio: 'ignore',
  }).status === 0;

if (current === wanted && existsSync(binary)) process.exit(0);

// A fresh `npm ci` leaves a Node build with no marker: recognise it instead of rebuilding.
if (current === null && target === 'node' && loadsInNode()) {
  remember(wanted);
  process.exit(0);
}
if (
  current !== null &&
  existsSync(binary) &&
  !existsSync(path.join(cacheRoot, current, 'better_sqlite3.node'))
)
  remember(current);

const cached = path.join(cacheRoot, wanted, 'better_sqlite3.node');
if (existsSync(cached)) {
  copyFileSync(cached, binary);
  writeFileSync(markerFile, JSON.stringify({ key: wanted }));
  console.log(`better-sqlite3 : version ${wanted} remise en place depuis le cache.`);
  process.exit(0);
}

console.log(`better-sqlite3 : compilation pour ${wanted} (une seule fois, 1 à 2 minutes)…`);
try {
  if (target === 'node') {
    let headers = nodeHeadersDir();
    if (!headers && existsSync(path.join(root, 'node_modules', 'node', 'package.json'))) {
      // The `node` package installs its platform package outside the lockfile, so a later
      // `npm install <package>` prunes it (the binary stays, the headers go): put it back.
      execFileSync('npm', ['rebuild', 'node'], { cwd: root, stdio: 'inherit' });
      headers = nodeHeadersDir();
    }
    execFileSync('npm', ['rebuild', 'better-sqlite3', '--build-from-source'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        // node-gyp builds for the Node it runs on: this one, first on PATH.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        ...(headers ? { npm_config_nodedir: headers } : {}),
      },
    });
  } else {
    // The machine's `nodedir` (Node's headers), passed down by npm, would override Electron's.
    const env = { ...process.env };
    delete env.npm_config_nodedir;
    execFileSync(
      process.execPath,
      [
        require.resolve('@electron/rebuild/lib/cli.js'),
        '--force',
        '--only',
        'better-sqlite3',
        '--version',
        electronVersion(),
      ],
      { cwd: root, stdio: 'inherit', env },
    );
  }
} catch {
  console.error(
    target === 'electron'
      ? 'Impossible de compiler better-sqlite3 pour Electron (les en-têtes d’Electron se téléchargent : réseau requis).'
      : 'Impossible de compiler better-sqlite3 pour Node.',
  );
  process.exit(1);
}
remember(wanted);
