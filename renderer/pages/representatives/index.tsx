import { IconSettings, IconUsers } from '@tabler/icons-react';
import type { DomainPages } from '../../navigation';
import { SettingsPage } from '../settings/SettingsPage';
import { RepresentativeDetailPage } from './RepresentativeDetailPage';
import { RepresentativeFormPage } from './RepresentativeFormPage';
import { RepresentativesPage } from './RepresentativesPage';

export const corePages: DomainPages = {
  sections: [
    { path: '/representants', label: 'Représentants', icon: <IconUsers size={18} stroke={1.6} />, order: 20 },
    { path: '/parametres', label: 'Paramètres', icon: <IconSettings size={18} stroke={1.6} />, order: 100 },
  ],
  routes: [
    { path: '/representants', element: <RepresentativesPage /> },
    { path: '/representants/nouveau', element: <RepresentativeFormPage /> },
    { path: '/representants/:id', element: <RepresentativeDetailPage /> },
    { path: '/representants/:id/modifier', element: <RepresentativeFormPage /> },
    { path: '/parametres', element: <SettingsPage /> },
  ],
};
