/**
 * The static list of migrations. A directory scan would break inside the asar archive, and an
 * explicit list makes the order a reviewed decision rather than a file-name accident.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';
import * as m0001 from './0001_initial';

export interface Migration {
  version: number;
  name: string;
  up: (db: Kysely<any>) => Promise<void>;
}

export const migrations: readonly Migration[] = [{ version: 1, name: '0001_initial', up: m0001.up }];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
