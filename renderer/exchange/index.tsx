import { IconFileImport } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ImportPage = lazyPage(() => import('./ImportPage'), 'ImportPage');

/** Sections and routes of import (exports are menus of the lists themselves). */
export const exchangePages: DomainPages = {
  sections: [
    { path: '/import', label: 'Importer', icon: <IconFileImport size={18} stroke={1.6} />, order: 95 },
  ],
  routes: [{ path: '/import', element: <ImportPage /> }],
};
