import { buildApi } from '../../../electron/shell/api-builder';
import { contentSecurityPolicy } from '../../../electron/shell/content-security-policy';
import { menuTemplate, type MenuItem } from '../../../electron/shell/menu-template';
import { denyPermission, denyWindowOpen, isAppUrl } from '../../../electron/shell/navigation-guards';
import { confirmUnload, type LeaveDialogOptions } from '../../../electron/shell/unload-guard';
import { windowOptions } from '../../../electron/shell/window-options';
import { channelNames } from '../../../electron/ipc/channel-names';

describe('the Electron shell', () => {
  it('opens its window isolated and sandboxed, without Node in the page', () => {
    const { webPreferences } = windowOptions('/app/preload.js');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/preload.js',
    });
  });

  it('has a strict Content-Security-Policy: own scripts only, no remote connection in the desktop app', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ forMetaTag: true })).not.toContain('frame-ancestors');
  });

  it('allows navigation only to its own page, and denies new windows and permissions', () => {
    const app = 'file:///opt/porte-voix/dist/renderer/index.html';
    expect(isAppUrl('file:///opt/porte-voix/dist/renderer/index.html#/representants', app)).toBe(true);
    expect(isAppUrl('https://example.org/', app)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('pas une url', app)).toBe(false);
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    expect(denyPermission('media')).toBe(false);
  });

  it('has a French menu with no English label', () => {
    const labels: string[] = [];
    const walk = (items: MenuItem[]) =>
      items.forEach((i) => {
        if (i.label) labels.push(i.label);
        if (i.submenu) walk(i.submenu);
      });
    walk(menuTemplate({ isMac: false, openDataFolder: () => undefined, openHelp: () => undefined }));
    expect(labels).toEqual(
      expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Aide', 'Quitter Porte-voix']),
    );
    for (const english of ['File', 'Edit', 'View', 'Help', 'Quit', 'Window'])
      expect(labels).not.toContain(english);
  });

  it('builds window.api with exactly one function per contract channel, each a single invoke', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = buildApi(channelNames, async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: null };
    });
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    await api['representatives:get']?.({ id: 3 });
    expect(calls).toEqual([['representatives:get', { id: 3 }]]);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('closing the window with unsaved edits', () => {
  const event = () => {
    let prevented = false;
    return {
      preventDefault: () => {
        prevented = true;
      },
      get prevented() {
        return prevented;
      },
    };
  };

  it('asks in French, « Rester » being the default and the answer to Escape', () => {
    const asked: LeaveDialogOptions[] = [];
    confirmUnload(event(), (options) => {
      asked.push(options);
      return 0;
    });
    expect(asked).toHaveLength(1);
    const [options] = asked;
    expect(options?.message).toBe('Quitter sans enregistrer ?');
    expect(options?.detail).toBe('Vos modifications seront perdues.');
    expect(options?.buttons).toEqual(['Rester', 'Quitter sans enregistrer']);
    expect(options?.buttons[options.defaultId]).toBe('Rester');
    expect(options?.buttons[options.cancelId]).toBe('Rester');
  });

  it('keeps the window open on « Rester » and closes it on « Quitter sans enregistrer »', () => {
    const stay = event();
    expect(confirmUnload(stay, () => 0)).toBe(false);
    expect(stay.prevented).toBe(false);
    const leave = event();
    expect(confirmUnload(leave, () => 1)).toBe(true);
    // In Electron, preventDefault on will-prevent-unload overrides the page's refusal.
    expect(leave.prevented).toBe(true);
  });
});
