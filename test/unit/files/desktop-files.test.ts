import { chmodSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Outbox, type OutboxEntry } from '../../../electron/files/outbox';
import { pdfFile } from '../../../electron/files/produced-file';
import {
  desktopFileShell,
  saveDialogOptions,
  type DesktopFilePorts,
  type SaveDialogOptions,
} from '../../../electron/shell/desktop-files';

/** Electron's dialog and shell.openPath, played by the test. */
function fakePorts(answers: { filePath?: string; canceled?: boolean }[], openResult = '') {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pv-desktop-'));
  const dialogs: SaveDialogOptions[] = [];
  const opened: string[] = [];
  const ports: DesktopFilePorts = {
    showSaveDialog: (options) => {
      dialogs.push(options);
      const answer = answers.shift() ?? { canceled: true };
      return Promise.resolve({ canceled: answer.canceled ?? false, filePath: answer.filePath });
    },
    openPath: (file) => {
      opened.push(file);
      return Promise.resolve(openResult);
    },
    documentsDir: path.join(root, 'Documents'),
    openedDir: path.join(root, 'ouverts'),
  };
  return { root, ports, dialogs, opened };
}

async function entry(
  name = 'attestation-ATT-2026-0001.pdf',
  bytes = '%PDF-1.4 attestation',
): Promise<OutboxEntry> {
  const box = new Outbox({ dir: mkdtempSync(path.join(os.tmpdir(), 'pv-box-')) });
  const ref = await box.put(pdfFile(name, Buffer.from(bytes)));
  return box.get(ref.fileId);
}

describe('saving and opening produced files in the desktop app', () => {
  it('« Enregistrer… » shows the save dialog in Documents with the French name, writes the file there', async () => {
    const target = path.join(os.tmpdir(), `pv-choisi-${process.pid}.pdf`);
    const { ports, dialogs } = fakePorts([{ filePath: target }]);
    const saved = await desktopFileShell(ports).save(await entry());
    expect(saved).toEqual({ kind: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.4 attestation');
    expect(dialogs).toEqual([
      {
        title: 'Enregistrer le document',
        defaultPath: path.join(ports.documentsDir, 'attestation-ATT-2026-0001.pdf'),
        buttonLabel: 'Enregistrer',
        filters: [
          { name: 'Document PDF', extensions: ['pdf'] },
          { name: 'Tous les fichiers', extensions: ['*'] },
        ],
      },
    ]);
  });

  it('says when the user cancelled, and writes nothing', async () => {
    const { ports } = fakePorts([{ canceled: true }]);
    expect(await desktopFileShell(ports).save(await entry())).toEqual({ kind: 'cancelled' });
  });

  it('opens the next save dialog in the folder of the last save', async () => {
    const { root, ports, dialogs } = fakePorts([]);
    const folder = path.join(root, 'Trésorerie');
    mkdirSync(folder);
    ports.showSaveDialog = (options) => {
      dialogs.push(options);
      return Promise.resolve({ canceled: false, filePath: path.join(folder, 'lot.xml') });
    };
    const shell = desktopFileShell(ports);
    await shell.save(await entry('VIR-2026-0001.xml'));
    await shell.save(await entry('VIR-2026-0002.xml'));
    expect(dialogs[1]?.defaultPath).toBe(path.join(folder, 'VIR-2026-0002.xml'));
  });

  it('reports a folder it may not write to in French', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) return;
    const { root, ports } = fakePorts([]);
    const locked = path.join(root, 'verrouillé');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    ports.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path.join(locked, 'a.pdf') });
    await expect(desktopFileShell(ports).save(await entry())).rejects.toThrow(
      /n’a pas pu être écrit dans « .*a\.pdf » : accès refusé à ce dossier/,
    );
  });

  it('« Ouvrir » hands a temporary copy, under its own name, to the system viewer', async () => {
    const { ports, opened } = fakePorts([]);
    const file = await entry('relevé-2026-Dupont.pdf');
    const result = await desktopFileShell(ports).open(file);
    expect(opened).toHaveLength(1);
    expect(path.basename(opened[0] ?? '')).toBe('relevé-2026-Dupont.pdf');
    expect(opened[0]?.startsWith(ports.openedDir ?? '')).toBe(true);
    expect(result).toEqual({ kind: 'opened', path: opened[0] });
    expect(readFileSync(opened[0] ?? '', 'utf8')).toBe('%PDF-1.4 attestation');
  });

  it('says in French when no application could open the file', async () => {
    const { ports } = fakePorts([], 'No application is associated with the specified file');
    await expect(desktopFileShell(ports).open(await entry('journal.csv'))).rejects.toThrow(
      /Le système n’a pas pu ouvrir « journal\.csv ».*enregistrez-le/,
    );
  });

  it('offers the filter of the file’s kind in the dialog', () => {
    expect(saveDialogOptions('export.xlsx', '/d').filters[0]).toEqual({
      name: 'Classeur Excel',
      extensions: ['xlsx'],
    });
    expect(saveDialogOptions('sans-extension', '/d').filters).toEqual([
      { name: 'Tous les fichiers', extensions: ['*'] },
    ]);
  });
});
