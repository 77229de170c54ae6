import { IconSettings } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

/** The settings page, whose tabs come from several domains. */
export const settingsPages: DomainPages = {
  sections: [
    { path: '/parametres', label: 'Paramètres', icon: <IconSettings size={18} stroke={1.6} />, order: 100 },
  ],
  routes: [{ path: '/parametres', element: <SettingsPage /> }],
};
