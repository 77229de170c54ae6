import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3-multiple-ciphers';
import packageJson from '../../../package.json';

const majorOf = (version: string): number => Number(/\d+/.exec(version)?.[0]);

// The tests must run on the Node that Electron embeds (22 for Electron 45), which the `node`
// devDependency installs as node_modules/.bin/node even where the machine has an older one.
describe('the runtime of the tests', () => {
  const declared = majorOf(packageJson.devDependencies.node);

  it('is the Node major the project installs, in Jest workers and in the processes they spawn', () => {
    process.stdout.write(
      `Tests sous Node ${process.version} (ABI ${process.versions.modules}) : ${process.execPath}\n`,
    );
    expect(majorOf(process.version)).toBe(declared);
    // The e2e fixtures start the web server with process.execPath.
    expect(majorOf(execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }))).toBe(declared);
  });

  it('loads the one native build of SQLite (better-sqlite3-multiple-ciphers) made for it, with its ciphers', () => {
    const db = new Database(':memory:');
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
    // SQLCipher 4's format is the one the encrypted databases use (db/cipher.ts).
    expect(db.pragma("cipher = 'sqlcipher'", { simple: true })).toBe('sqlcipher');
    db.close();
  });
});
