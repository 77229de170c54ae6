/**
 * No channel sends a produced file's bytes to the renderer: every channel that produces one
 * answers, through the dispatch, with a small reference, and `files:save` hands the very bytes
 * to the shell. The demo data set gives each channel something real to produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDemoData } from '../../../demo';
import type { FileShell } from '../../../electron/files/file-shell';
import type { OutboxEntry } from '../../../electron/files/outbox';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { FileRef } from '../../../shared/files';
import { createTestApp, type TestApp } from '../../helpers/context';

let app: TestApp;
const handed: OutboxEntry[] = [];
const recordingShell: FileShell = {
  save: (entry) => {
    handed.push(entry);
    return Promise.resolve({ kind: 'saved', path: `/choisi/${entry.fileName}` });
  },
  open: (entry) => {
    handed.push(entry);
    return Promise.resolve({ kind: 'opened', path: entry.path });
  },
};

beforeAll(async () => {
  app = await createTestApp('2026-11-22T10:00:00.000Z');
  await loadDemoData(app.ctx);
  app.ctx.fileShell = recordingShell;
  // The recovery sheet exists for encrypted data only: this in-memory database passes for one.
  const database = app.database;
  app.ctx.storage = {
    current: () => ({ ...database, key: { key: Buffer.alloc(32), salt: Buffer.alloc(16) } }),
    replace: () => Promise.reject(new Error('not in this test')),
    rememberKey: () => Promise.resolve(false),
    keychain: false,
  };
}, 60_000);
afterAll(() => app.close());

const one = async <T>(query: Promise<T | undefined>): Promise<T> => {
  const row = await query;
  if (!row) throw new Error('the demo data set lacks a row this test needs');
  return row;
};

async function cases(): Promise<[string, unknown][]> {
  const db = app.ctx.db;
  const person = await one(db.selectFrom('representative').select('id').executeTakeFirst());
  const withMandate = await one(
    db.selectFrom('mandate').select('representative_id as id').executeTakeFirst(),
  );
  const instance = await one(db.selectFrom('instance').select('id').executeTakeFirst());
  const present = await one(
    db
      .selectFrom('attendance')
      .innerJoin('meeting', 'meeting.id', 'attendance.meeting_id')
      .where('attendance.status', '=', 'present')
      .where('meeting.cancelled_at', 'is', null)
      .select(['attendance.meeting_id as meetingId', 'attendance.representative_id as representativeId'])
      .executeTakeFirst(),
  );
  const attestation = await one(db.selectFrom('attestation').select('id').executeTakeFirst());
  const claim = await one(db.selectFrom('claim').select('id').executeTakeFirst());
  const receipt = await one(
    db.selectFrom('claim_line_receipt').select(['line_id as lineId', 'file_hash as hash']).executeTakeFirst(),
  );
  const batch = await one(db.selectFrom('sepa_batch').select('id').executeTakeFirst());
  const taxReceipt = await one(db.selectFrom('tax_receipt').select('id').executeTakeFirst());
  const report = await one(
    db
      .selectFrom('report_document as d')
      .innerJoin('mandate_report as r', 'r.id', 'd.report_id')
      .innerJoin('meeting as m', 'm.id', 'r.meeting_id')
      .select([
        'd.report_id as reportId',
        'd.file_hash as hash',
        'r.representative_id',
        'm.instance_id',
        'm.date',
      ])
      .executeTakeFirst(),
  );
  const validated = await db.selectFrom('claim').select('id').where('status', '=', 'validee').execute();
  // A signature with its scan, which the demo data set does not have.
  const version = await one(db.selectFrom('charter_version').select('id').executeTakeFirst());
  const signed = await dispatch(app.ctx, 'charters:sign', {
    representativeId: person.id,
    charterVersionId: version.id,
    signedOn: '2026-11-20',
    method: 'papier',
    file: { fileName: 'charte-signée.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
  });
  if (!signed.ok) throw new Error(signed.error.message);
  const list: [string, unknown][] = [
    ['charters:pdf', { representativeId: person.id }],
    ['attestations:issue', present],
    ['attestations:reprint', { id: attestation.id }],
    ['attestations:ofMeetingPdf', { id: present.meetingId }],
    [
      'attestations:ofPersonPdf',
      { representativeId: present.representativeId, from: '2025-01-01', to: '2026-12-31' },
    ],
    ['attestations:participationPdf', { representativeId: present.representativeId, year: 2026 }],
    ['attestations:allParticipationPdf', { year: 2026 }],
    ['instances:mandateListPdf', { id: instance.id }],
    ['mandates:personListPdf', { representativeId: withMandate.id }],
    ['privacy:export', { id: withMandate.id }],
    ['export:representatives', { format: 'csv' }],
    ['actions:export', { search: 'diabete', format: 'xlsx' }],
    ['export:instances', { format: 'xlsx' }],
    ['export:mandates', { format: 'csv' }],
    ['export:trainings', { format: 'xlsx' }],
    ['volunteerTime:export', { format: 'csv' }],
    ['export:signatures', { format: 'csv' }],
    ['claims:pdf', { id: claim.id }],
    ['claims:openReceipt', receipt],
    ['payments:downloadBatch', { id: batch.id }],
    ['taxReceipts:pdf', { id: taxReceipt.id }],
    ['accounting:journal', { year: 2026 }],
    ['reports:openDocument', { reportId: report.reportId, hash: report.hash }],
    [
      'reports:personActivityPdf',
      { representativeId: report.representative_id, year: Number(report.date.slice(0, 4)) },
    ],
    [
      'reports:instanceActivityPdf',
      { instanceId: report.instance_id ?? 0, year: Number(report.date.slice(0, 4)) },
    ],
    ['reports:allActivityPdf', { year: Number(report.date.slice(0, 4)) }],
    ['indicators:annualReportPdf', { period: { kind: 'annee', year: 2026 }, scope: { kind: 'tout' } }],
    ['import:template', {}],
    ['calendar:instance', { id: instance.id }],
    ['calendar:person', { id: withMandate.id }],
  ];
  list.push(['charters:signatureFile', { id: (signed.value as { id: number }).id }]);
  const survey = await one(db.selectFrom('survey').select('id').executeTakeFirst());
  list.push(['surveys:formPdf', { id: survey.id }], ['surveys:answerSheet', { id: survey.id }]);
  const bilan = await one(db.selectFrom('bilan').select('id').executeTakeFirst());
  list.push(['bilans:pdf', { id: bilan.id }], ['bilans:xlsx', { id: bilan.id }]);
  list.push(['cipher:recoverySheet', {}]);
  if (validated.length > 0) {
    list.push(['payments:createSepa', { claimIds: validated.map((c) => c.id), executionDate: '2026-11-23' }]);
  }
  return list;
}

/** Channels whose contract output names FileRef, or a type of shared/ that holds one. */
function channelsWithFileOutputs(): Set<string> {
  const root = path.resolve(__dirname, '../../..');
  const holders = new Set(['FileRef']);
  const sharedDir = path.join(root, 'shared');
  for (const domain of readdirSync(sharedDir, { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    for (const file of readdirSync(path.join(sharedDir, domain.name))) {
      const text = readFileSync(path.join(sharedDir, domain.name, file), 'utf8');
      for (const m of text.matchAll(/export interface (\w+) \{([^}]*)\}/g)) {
        if (/\bFileRef\b/.test(m[2] ?? '')) holders.add(m[1] ?? '');
      }
    }
  }
  const found = new Set<string>();
  const electronDir = path.join(root, 'electron');
  for (const domain of readdirSync(electronDir, { withFileTypes: true })) {
    const contract = path.join(electronDir, domain.name, 'contract.ts');
    if (!domain.isDirectory() || domain.name === 'files') continue;
    let text: string;
    try {
      text = readFileSync(contract, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/'([\w]+:[\w]+)': channel<([\s\S]*?)>\(\)/g)) {
      const output = m[2] ?? '';
      if ([...holders].some((name) => new RegExp(`\\b${name}\\b`).test(output))) found.add(m[1] ?? '');
    }
  }
  return found;
}

const refOf = (channel: string, value: unknown): FileRef =>
  (channel === 'payments:createSepa' ? (value as { file: FileRef }).file : value) as FileRef;

describe('produced files through the dispatch', () => {
  it('every channel producing a file answers with a reference, never the bytes, and the shell gets the bytes', async () => {
    const list = await cases();
    expect(new Set(list.map(([c]) => c))).toEqual(channelsWithFileOutputs());
    for (const [channel, input] of list) {
      const result = await dispatch(app.ctx, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      const ref = refOf(channel, result.value);
      expect({ channel, fileId: ref.fileId }).toEqual({
        channel,
        fileId: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(ref.size).toBeGreaterThan(0);
      const json = JSON.stringify(result.value);
      expect({ channel, data: /"data(Base64)?"/.test(json) }).toEqual({ channel, data: false });
      // Only the reference and the channel's own small fields: no bytes hidden anywhere.
      expect({ channel, small: json.length < 4000 }).toEqual({ channel, small: true });

      const saved = await dispatch(app.ctx, 'files:save', { fileId: ref.fileId });
      expect(saved).toEqual({ ok: true, value: { kind: 'saved', path: `/choisi/${ref.fileName}` } });
      const entry = handed.at(-1);
      expect(readFileSync(entry?.path ?? '').length).toBe(ref.size);
    }
  }, 60_000);

  it('keeps the channel’s own fields beside the reference (count, reference, the SEPA batch)', async () => {
    const issued = await dispatch(app.ctx, 'attestations:allParticipationPdf', { year: 2026 });
    expect(issued.ok && issued.value).toMatchObject({
      count: expect.any(Number) as unknown,
      mime: 'application/pdf',
    });
  });

  it('refuses to save or open a file it does not hold, in French', async () => {
    expect(await dispatch(app.ctx, 'files:open', { fileId: 'a'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('n’est plus disponible') as unknown },
    });
    expect(await dispatch(app.ctx, 'files:save', { fileId: 'pas-un-identifiant' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
