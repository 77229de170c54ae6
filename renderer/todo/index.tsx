import { IconChecklist } from '@tabler/icons-react';
import { lazyPage } from '../lazy-page';
import type { DomainPages } from '../navigation';

const TodoPage = lazyPage(() => import('./TodoPage'), 'TodoPage');

/** « À faire », the first screen: what the secretary and the treasurer have to do next. */
export const todoPages: DomainPages = {
  sections: [{ path: '/', label: 'À faire', icon: <IconChecklist size={18} stroke={1.6} />, order: 10 }],
  routes: [{ path: '/a-faire', element: <TodoPage /> }],
  home: <TodoPage />,
};
