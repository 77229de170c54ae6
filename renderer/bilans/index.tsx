import { IconReportMoney } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ObjectivesYearPage = lazyPage(() => import('./ObjectivesYearPage'), 'ObjectivesYearPage');
const FundingsPage = lazyPage(() => import('./FundingsPage'), 'FundingsPage');
const FundingFormPage = lazyPage(() => import('./FundingFormPage'), 'FundingFormPage');
const FundingPage = lazyPage(() => import('./FundingPage'), 'FundingPage');
const BilanPage = lazyPage(() => import('./BilanPage'), 'BilanPage');

/** Financements, their bilans d'action, and the objectives of a year (a project's are on its page). */
export const bilansPages: DomainPages = {
  sections: [
    {
      path: '/financements',
      label: 'Financements et bilans',
      icon: <IconReportMoney size={18} stroke={1.6} />,
      order: 37,
    },
  ],
  routes: [
    { path: '/financements', element: <FundingsPage /> },
    { path: '/financements/nouveau', element: <FundingFormPage /> },
    { path: '/financements/:id', element: <FundingPage /> },
    { path: '/financements/:id/modifier', element: <FundingFormPage /> },
    { path: '/bilans/:id', element: <BilanPage /> },
    { path: '/objectifs', element: <ObjectivesYearPage /> },
  ],
};
