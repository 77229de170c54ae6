import { IconReceipt } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const ClaimDetailPage = lazyPage(() => import('./ClaimDetailPage'), 'ClaimDetailPage');
const ClaimFormPage = lazyPage(() => import('./ClaimFormPage'), 'ClaimFormPage');
const ClaimsPage = lazyPage(() => import('./ClaimsPage'), 'ClaimsPage');
const FromAttendancePage = lazyPage(() => import('./FromAttendancePage'), 'FromAttendancePage');

/** Sections and routes of the claims domain. */
export const claimsPages: DomainPages = {
  sections: [
    { path: '/frais', label: 'Notes de frais', icon: <IconReceipt size={18} stroke={1.6} />, order: 50 },
  ],
  routes: [
    { path: '/frais', element: <ClaimsPage /> },
    { path: '/frais/nouvelle', element: <ClaimFormPage /> },
    { path: '/frais/depuis-presences', element: <FromAttendancePage /> },
    { path: '/frais/:id', element: <ClaimDetailPage /> },
    { path: '/frais/:id/modifier', element: <ClaimFormPage /> },
  ],
};
