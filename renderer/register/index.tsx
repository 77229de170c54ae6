import { IconBuildingHospital, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const InstanceDetailPage = lazyPage(() => import('./InstanceDetailPage'), 'InstanceDetailPage');
const InstanceFormPage = lazyPage(() => import('./InstanceFormPage'), 'InstanceFormPage');
const InstancesPage = lazyPage(() => import('./InstancesPage'), 'InstancesPage');
const OrganisationDetailPage = lazyPage(() => import('./OrganisationDetailPage'), 'OrganisationDetailPage');
const OrganisationFormPage = lazyPage(() => import('./OrganisationFormPage'), 'OrganisationFormPage');
const OrganisationsPage = lazyPage(() => import('./OrganisationsPage'), 'OrganisationsPage');
const RepresentativeDetailPage = lazyPage(
  () => import('./RepresentativeDetailPage'),
  'RepresentativeDetailPage',
);
const RepresentativeFormPage = lazyPage(() => import('./RepresentativeFormPage'), 'RepresentativeFormPage');
const RepresentativesPage = lazyPage(() => import('./RepresentativesPage'), 'RepresentativesPage');

/** Sections and routes of the register: representatives, instances, organisations. */
export const registerPages: DomainPages = {
  sections: [
    { path: '/representants', label: 'Personnes', icon: <IconUsers size={18} stroke={1.6} />, order: 20 },
    { path: '/instances', label: 'Instances', icon: <IconUsersGroup size={18} stroke={1.6} />, order: 30 },
    {
      path: '/organisations',
      label: 'Organisations',
      icon: <IconBuildingHospital size={18} stroke={1.6} />,
      order: 32,
    },
  ],
  routes: [
    { path: '/representants', element: <RepresentativesPage /> },
    { path: '/representants/nouveau', element: <RepresentativeFormPage /> },
    { path: '/representants/:id', element: <RepresentativeDetailPage /> },
    { path: '/representants/:id/modifier', element: <RepresentativeFormPage /> },
    { path: '/instances', element: <InstancesPage /> },
    { path: '/instances/nouvelle', element: <InstanceFormPage /> },
    { path: '/instances/:id', element: <InstanceDetailPage /> },
    { path: '/instances/:id/modifier', element: <InstanceFormPage /> },
    { path: '/organisations', element: <OrganisationsPage /> },
    { path: '/organisations/nouvelle', element: <OrganisationFormPage /> },
    { path: '/organisations/:id', element: <OrganisationDetailPage /> },
    { path: '/organisations/:id/modifier', element: <OrganisationFormPage /> },
  ],
};
