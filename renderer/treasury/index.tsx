import { IconCash, IconReceiptTax } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const PaymentsPage = lazyPage(() => import('./PaymentsPage'), 'PaymentsPage');
const TaxReceiptsPage = lazyPage(() => import('./TaxReceiptsPage'), 'TaxReceiptsPage');

/** Sections and routes of the treasury: SEPA payments and reçus fiscaux. */
export const treasuryPages: DomainPages = {
  sections: [
    { path: '/paiements', label: 'Paiements', icon: <IconCash size={18} stroke={1.6} />, order: 51 },
    {
      path: '/recus-fiscaux',
      label: 'Reçus fiscaux',
      icon: <IconReceiptTax size={18} stroke={1.6} />,
      order: 52,
    },
  ],
  routes: [
    { path: '/paiements', element: <PaymentsPage /> },
    { path: '/recus-fiscaux', element: <TaxReceiptsPage /> },
  ],
};
