import { IconChartBar } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const DashboardPage = lazyPage(() => import('./DashboardPage'), 'DashboardPage');
const FigureListPage = lazyPage(() => import('./FigureListPage'), 'FigureListPage');

/** « Tableau de bord »: the figures funders ask for, for a period and a scope, and the lists behind them. */
export const indicatorsPages: DomainPages = {
  sections: [
    {
      path: '/tableau-de-bord',
      label: 'Tableau de bord',
      icon: <IconChartBar size={18} stroke={1.6} />,
      order: 5,
    },
  ],
  routes: [
    { path: '/tableau-de-bord', element: <DashboardPage /> },
    { path: '/tableau-de-bord/:figure', element: <FigureListPage /> },
  ],
};
