/**
 * Runs `writer-child.ts` as real processes (to be killed with SIGKILL, or to race each other on
 * one file): bundled once per test file with esbuild, as the application's own build does, and
 * started with this Node.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { openApp } from '../../electron/app-context';
import { createPerson } from './representatives';

const root = path.resolve(__dirname, '..', '..');

export async function bundleWriter(): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'pv-writer-')), 'writer.js');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  await build({
    entryPoints: [path.join(__dirname, 'writer-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    logLevel: 'warning',
    absWorkingDir: root,
    external: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
      (name) => name !== 'kysely',
    ),
  });
  return outfile;
}

export interface Writer {
  child: ChildProcess;
  /** Tags whose commit was acknowledged, in order. */
  acks: string[];
  fails: string[];
  /** Resolves once the data file is open and the first write is about to start. */
  ready: Promise<void>;
  /** Resolves at the first acknowledged commit (or at exit). */
  firstAck: Promise<void>;
  exited: Promise<number | null>;
  stderr: () => string;
}

export function startWriter(bundle: string, file: string, prefix: string, count: number): Writer {
  const child = spawn(process.execPath, [bundle, file, prefix, String(count)], {
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: string[] = [];
  const fails: string[] = [];
  let errors = '';
  let pending = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let markAck: () => void = () => undefined;
  const firstAck = new Promise<void>((resolve) => (markAck = resolve));
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'READY') markReady();
      else if (line.startsWith('ACK ')) {
        acks.push(line.slice(4));
        markAck();
      } else if (line.startsWith('FAIL ')) fails.push(line.slice(5));
    }
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  void exited.then(() => {
    markReady();
    markAck();
  });
  return { child, acks, fails, ready, firstAck, exited, stderr: () => errors };
}

/** A new data file holding the claimant the writers record notes de frais for. */
export async function givenClaimant(file: string): Promise<void> {
  const setup = await openApp(file, 'desktop');
  await createPerson(setup.ctx, {
    vehicles: [{ label: 'Voiture', kind: 'voiture', fiscalPowerCv: 5, electric: false, plate: 'AB-123-CD' }],
  });
  await setup.database.close();
  setup.outbox.dispose();
}
