/**
 * The application shows its own pages and nothing else: any navigation away, any new window and
 * any permission request (camera, notifications, geolocation…) is refused.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

export const denyPermission = (_permission: string): boolean => false;
