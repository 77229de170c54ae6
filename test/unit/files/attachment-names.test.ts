/**
 * An attached file's name comes from the user's computer: whatever it was (a Windows device name,
 * control characters, a reversed-text trick, an extension not matching the content), the file
 * saved or opened through the system is named safely and ends with the extension of the type
 * Porte-voix checked in its bytes, so that the system opens it with the right application.
 */
import { attachmentFileName, safeFileName } from '../../../electron/files/file-names';
import type { FileShell } from '../../../electron/files/file-shell';
import type { OutboxEntry } from '../../../electron/files/outbox';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { Claim } from '../../../shared/claims/types';
import type { FileRef } from '../../../shared/files';
import { createTestApp, type TestApp } from '../../helpers/context';
import { draft, expense, givenAssociation, personWithCar } from '../claims/fixtures';

describe('names of files handed to the system', () => {
  it.each([
    ['CON', '_CON'],
    ['nul.pdf', '_nul.pdf'],
    ['Com1.PDF', '_Com1.PDF'],
    ['lpt9', '_lpt9'],
    ['aux .txt', '_aux .txt'],
    ['console.pdf', 'console.pdf'],
    ['re\u0001çu\u0085.pdf', 're_çu_.pdf'],
    ['facture\u202Efdp.exe', 'facture_fdp.exe'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it.each([
    ['reçu.pdf', 'application/pdf', 'reçu.pdf'],
    ['reçu.PDF', 'application/pdf', 'reçu.PDF'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.JPG', 'image/jpeg', 'photo.JPG'],
    ['facture.exe', 'application/pdf', 'facture.pdf'],
    ['scan', 'image/png', 'scan.png'],
    ['ticket.pdf', 'image/png', 'ticket.png'],
    ['CON.exe', 'application/pdf', '_CON.pdf'],
    ['', 'image/jpeg', 'fichier.jpg'],
  ])('an attachment named %j of type %s is handed as %j', (name, mime, handed) => {
    expect(attachmentFileName(name, mime)).toBe(handed);
  });
});

describe('an attached receipt saved then opened through the system', () => {
  let app: TestApp;
  const handed: OutboxEntry[] = [];
  const shell: FileShell = {
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
    app = await createTestApp();
    app.ctx.fileShell = shell;
  });
  afterAll(() => app.close());

  it('carries the extension of the type found in its bytes', async () => {
    await givenAssociation(app.ctx);
    const { person } = await personWithCar(app.ctx);
    const claim = await draft(app.ctx, person.id, [expense('repas', '2026-11-02', 1850)]);
    const lineId = claim.lines[0]?.id ?? 0;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const attached = await dispatch(app.ctx, 'claims:attachReceipt', {
      lineId,
      fileName: 'COM1\u0007.exe',
      dataBase64: pdf.toString('base64'),
    });
    expect(attached.ok).toBe(true);
    const hash = (attached.ok ? (attached.value as Claim) : claim).lines[0]?.receipts[0]?.hash ?? '';
    const ref = await dispatch(app.ctx, 'claims:openReceipt', { lineId, hash });
    const fileId = ref.ok ? (ref.value as FileRef).fileId : '';
    expect(await dispatch(app.ctx, 'files:save', { fileId })).toMatchObject({ ok: true });
    expect(await dispatch(app.ctx, 'files:open', { fileId })).toMatchObject({ ok: true });
    expect(handed.map((e) => [e.fileName, e.mime])).toEqual([
      ['COM1_.pdf', 'application/pdf'],
      ['COM1_.pdf', 'application/pdf'],
    ]);
  });
});
