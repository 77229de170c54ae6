/** The desktop's open dialog for the backup folder and the archive to restore; typed paths elsewhere. */
import { desktopFileShell, type OpenDialogOptions } from '../../../electron/shell/desktop-files';
import { pickPath } from '../../../electron/backup/backup-service';
import { createTestApp } from '../../helpers/context';

describe('choosing a backup folder or archive', () => {
  it('shows a folder dialog or an archive dialog, and says when cancelled', async () => {
    const asked: OpenDialogOptions[] = [];
    let answer = { canceled: false, filePaths: ['/media/cle/Sauvegardes'] };
    const shell = desktopFileShell({
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async (options) => {
        asked.push(options);
        return answer;
      },
      openPath: async () => '',
      documentsDir: '/home/u/Documents',
    });
    expect(await shell.pick?.('backupFolder')).toBe('/media/cle/Sauvegardes');
    expect(asked[0]?.properties).toContain('openDirectory');
    answer = { canceled: true, filePaths: [] };
    expect(await shell.pick?.('backupArchive')).toBeNull();
    expect(asked[1]?.filters?.[0]?.extensions).toEqual(['porte-voix']);
  });

  it('is refused in the browser mode, where the path is typed', async () => {
    const app = await createTestApp();
    await expect(pickPath(app.ctx, 'backupFolder')).rejects.toThrow(/chemin complet/);
    await app.close();
  });
});
