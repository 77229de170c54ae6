import { IconBuildingHospital, IconChecklist, IconUsersGroup } from '@tabler/icons-react';
import type { DomainPages } from '../../navigation';
import { InstanceDetailPage } from './InstanceDetailPage';
import { InstanceFormPage } from './InstanceFormPage';
import { InstancesPage } from './InstancesPage';
import { OrganisationDetailPage } from './OrganisationDetailPage';
import { OrganisationFormPage } from './OrganisationFormPage';
import { OrganisationsPage } from './OrganisationsPage';
import { TodoPage } from './TodoPage';

/** Sections and routes of the register domain; « À faire » is the first screen. */
export const registerPages: DomainPages = {
  sections: [
    { path: '/', label: 'À faire', icon: <IconChecklist size={18} stroke={1.6} />, order: 10 },
    { path: '/instances', label: 'Instances', icon: <IconUsersGroup size={18} stroke={1.6} />, order: 30 },
    {
      path: '/organisations',
      label: 'Organisations',
      icon: <IconBuildingHospital size={18} stroke={1.6} />,
      order: 32,
    },
  ],
  routes: [
    { path: '/a-faire', element: <TodoPage /> },
    { path: '/instances', element: <InstancesPage /> },
    { path: '/instances/nouvelle', element: <InstanceFormPage /> },
    { path: '/instances/:id', element: <InstanceDetailPage /> },
    { path: '/instances/:id/modifier', element: <InstanceFormPage /> },
    { path: '/organisations', element: <OrganisationsPage /> },
    { path: '/organisations/nouvelle', element: <OrganisationFormPage /> },
    { path: '/organisations/:id', element: <OrganisationDetailPage /> },
    { path: '/organisations/:id/modifier', element: <OrganisationFormPage /> },
  ],
  home: <TodoPage />,
};
