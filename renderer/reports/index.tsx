import { IconMessageReport } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');
const ReportFormPage = lazyPage(() => import('./ReportFormPage'), 'ReportFormPage');

/** Sections and routes of the comptes rendus de mandat. */
export const reportsPages: DomainPages = {
  sections: [
    {
      path: '/comptes-rendus',
      label: 'Comptes rendus',
      icon: <IconMessageReport size={18} stroke={1.6} />,
      order: 35,
    },
  ],
  routes: [
    { path: '/comptes-rendus', element: <ReportsPage /> },
    { path: '/comptes-rendus/reunion/:meetingId/:personId', element: <ReportFormPage /> },
  ],
};
