/**
 * The static list of migrations. A directory scan would break inside the asar archive, and an
 * explicit list makes the order a reviewed decision rather than a file-name accident.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_register';
import * as m0003 from './0003_meetings';
import * as m0004 from './0004_claims';
import * as m0005 from './0005_sepa_batch_states';
import * as m0006 from './0006_scale_indexes';
import * as m0007 from './0007_engagement';
import * as m0008 from './0008_reports';
import * as m0009 from './0009_surveys';
import * as m0010 from './0010_replacement_index';
import * as m0011 from './0011_valorisation';
import * as m0012 from './0012_objectives';
import * as m0013 from './0013_fundings';
import * as m0014 from './0014_audit_chain_snapshots';
import * as m0015 from './0015_personal_data';
import * as m0018 from './0018_attendance_cover_index';

export interface Migration {
  version: number;
  name: string;
  up: (db: Kysely<any>) => Promise<void>;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_initial', up: m0001.up },
  { version: 2, name: '0002_register', up: m0002.up },
  { version: 3, name: '0003_meetings', up: m0003.up },
  { version: 4, name: '0004_claims', up: m0004.up },
  { version: 5, name: '0005_sepa_batch_states', up: m0005.up },
  { version: 6, name: '0006_scale_indexes', up: m0006.up },
  { version: 7, name: '0007_engagement', up: m0007.up },
  { version: 8, name: '0008_reports', up: m0008.up },
  { version: 9, name: '0009_surveys', up: m0009.up },
  { version: 10, name: '0010_replacement_index', up: m0010.up },
  { version: 11, name: '0011_valorisation', up: m0011.up },
  { version: 12, name: '0012_objectives', up: m0012.up },
  { version: 13, name: '0013_fundings', up: m0013.up },
  { version: 14, name: '0014_audit_chain_snapshots', up: m0014.up },
  { version: 15, name: '0015_personal_data', up: m0015.up },
  { version: 18, name: '0018_attendance_cover_index', up: m0018.up },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
