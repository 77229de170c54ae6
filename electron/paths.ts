import os from 'node:os';
import path from 'node:path';

/**
 * Where Electron keeps user data for "Porte-voix" (app.getPath('userData')), computed without
 * Electron so that the browser mode opens the same file by default.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Porte-voix');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Porte-voix');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Porte-voix');
}

export const DATABASE_FILE_NAME = 'porte-voix.sqlite';
