import { IconCertificate } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ChartersPage = lazyPage(() => import('./ChartersPage'), 'ChartersPage');
const CharterVersionFormPage = lazyPage(() => import('./CharterVersionFormPage'), 'CharterVersionFormPage');

/** Sections and routes of engagement charters. */
export const chartersPages: DomainPages = {
  sections: [
    { path: '/chartes', label: 'Chartes', icon: <IconCertificate size={18} stroke={1.6} />, order: 45 },
  ],
  routes: [
    { path: '/chartes', element: <ChartersPage /> },
    { path: '/chartes/versions/:id', element: <CharterVersionFormPage /> },
  ],
};
