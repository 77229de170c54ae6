/**
 * The Electron shell: lifecycle, window, security handlers, menu, IPC. It only wires the plain
 * Node services (which the browser mode and the tests use without Electron): those run in the
 * service host, a utility process, and this process forwards each call to it, so that the
 * window never waits on the database or a batch of documents.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HostClient } from './host/host-client';
import { DATABASE_FILE_NAME } from './paths';
import { INVOKE_CHANNEL } from './shell/api-builder';
import { contentSecurityPolicy } from './shell/content-security-policy';
import { desktopFileShell } from './shell/desktop-files';
import { desktopKeyStore } from './shell/desktop-keychain';
import { spawnUtilityHost } from './shell/desktop-host';
import { menuTemplate } from './shell/menu-template';
import { denyPermission, denyWindowOpen, isAppUrl } from './shell/navigation-guards';
import { confirmUnload } from './shell/unload-guard';
import { windowOptions } from './shell/window-options';

let host: HostClient | null = null;
let mainWindow: BrowserWindow | null = null;

const indexUrl = pathToFileURL(path.join(__dirname, '..', 'renderer', 'index.html')).toString();

function createWindow(): void {
  const win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.js')));
  mainWindow = win;
  win.webContents.setWindowOpenHandler(denyWindowOpen);
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, indexUrl)) event.preventDefault();
  });
  win.webContents.on('will-prevent-unload', (event) => {
    confirmUnload(event, (options) => dialog.showMessageBoxSync(win, options));
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(indexUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app
    .whenReady()
    .then(async () => {
      const file = process.env.PORTE_VOIX_DB ?? path.join(app.getPath('userData'), DATABASE_FILE_NAME);
      // The save dialog and the system viewer stay here: the host asks for them by message, and
      // this process reads the produced file from the outbox folder they share.
      const fileShell = desktopFileShell({
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
        openPath: (file) => shell.openPath(file),
        documentsDir: app.getPath('documents'),
      });
      // Encrypted data open with the key the system's keychain keeps; without it the window asks.
      const keyStore = desktopKeyStore(app.getPath('userData'));
      const client = new HostClient({
        spawn: spawnUtilityHost(path.join(__dirname, 'host.js')),
        init: { file, mode: 'desktop', demo: false, key: keyStore.load(file) },
        fileShell,
        keyStore,
        // The batch's progress on the taskbar button too; -1 removes the bar.
        onProgress: (p) =>
          mainWindow?.setProgressBar(p.state === 'running' && p.total > 0 ? p.done / p.total : -1),
        log: (message, error) => console.error(message, error ?? ''),
      });
      host = client;
      let ready;
      try {
        ready = await client.ready();
      } catch (error) {
        dialog.showErrorBox(
          'Porte-voix ne peut pas ouvrir ses données',
          error instanceof Error ? error.message : String(error),
        );
        app.quit();
        return;
      }
      const { databaseFile, appVersion } = ready;

      session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
        callback(denyPermission(permission)),
      );
      session.defaultSession.setPermissionCheckHandler(() => false);
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: {
            ...details.responseHeaders,
            'Content-Security-Policy': [contentSecurityPolicy()],
          },
        });
      });
      app.on('web-contents-created', (_event, contents) => {
        contents.setWindowOpenHandler(denyWindowOpen);
        contents.on('will-attach-webview', (event) => event.preventDefault());
      });

      ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, payload: unknown) => {
        // Only our own page may call the services.
        const senderUrl = event.senderFrame?.url ?? '';
        if (!isAppUrl(senderUrl, indexUrl)) {
          return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Appel refusé.' } };
        }
        return client.invoke(typeof channel === 'string' ? channel : '', payload);
      });

      const template = menuTemplate({
        isMac: process.platform === 'darwin',
        openDataFolder: () => void shell.openPath(path.dirname(databaseFile)),
        openHelp: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'À propos de Porte-voix',
            message: `Porte-voix ${appVersion}`,
            detail: `Données : ${databaseFile}`,
          }),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
      createWindow();
    })
    .catch((error: unknown) => {
      console.error(error);
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && host) createWindow();
  });
  // The host closes the database (WAL checkpoint) before the application ends.
  let hostClosed = false;
  app.on('will-quit', (event) => {
    if (hostClosed || !host) return;
    event.preventDefault();
    void host.close().finally(() => {
      hostClosed = true;
      app.quit();
    });
  });
}
