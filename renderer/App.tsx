import { AppShell, Burger, Group, MantineProvider, NavLink, Text, Title, Tooltip } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import {
  createHashRouter,
  matchRoutes,
  Navigate,
  Route,
  RouterProvider,
  Routes,
  useLocation,
  useNavigate,
} from 'react-router';
import { BatchProgress } from './components/BatchProgress';
import { Suspense } from 'react';
import { UserNameControl } from './components/UserNameControl';
import { HelpButton } from './help/HelpPanel';
import { WhatsNewNotice } from './help/WhatsNewNotice';
import { PageLoadError, PageLoading } from './lazy-page';
import type { DomainPages } from './navigation';
import { actionsPages } from './actions';
import { bilansPages } from './bilans';
import { chartersPages } from './charters';
import { claimsPages } from './claims';
import { exchangePages } from './exchange';
import { indicatorsPages } from './indicators';
import { StartScreenHome } from './indicators/start-screen';
import { meetingsPages } from './meetings';
import { registerPages } from './register';
import { reportsPages } from './reports';
import { settingsPages } from './settings';
import { surveysPages } from './surveys';
import { todoPages } from './todo';
import { trainingsPages } from './trainings';
import { treasuryPages } from './treasury';
import { valorisationPages } from './valorisation';
import { theme } from './theme';
import { UnsavedChangesGuard, UnsavedChangesProvider } from './unsaved-changes';
import { UnlockGate } from './cipher/UnlockGate';

const domains: DomainPages[] = [
  indicatorsPages,
  todoPages,
  registerPages,
  trainingsPages,
  valorisationPages,
  chartersPages,
  meetingsPages,
  actionsPages,
  bilansPages,
  reportsPages,
  claimsPages,
  treasuryPages,
  surveysPages,
  exchangePages,
  settingsPages,
];
const sections = domains.flatMap((d) => d.sections).sort((a, b) => a.order - b.order);
const routes = domains.flatMap((d) => d.routes);
const home = <StartScreenHome>{domains.find((d) => d.home)?.home}</StartScreenHome>;
const routePatterns = [{ path: '/' }, ...routes.map((r) => ({ path: r.path }))];

function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  // Between a tablet and a wide screen (1024 px laptops) the menu keeps only its icons, so that
  // lists and grids keep their columns; the label stays the link's name and shows on hover.
  const pagePattern = matchRoutes(routePatterns, location)?.[0]?.route.path ?? location.pathname;
  const iconsOnly = useMediaQuery('(min-width: 48em) and (max-width: 74.99em)') ?? false;
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: { sm: 64, lg: 230 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', lg: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Afficher le menu" />
          <Title order={1} size="h4" c="teal.7">
            Porte-voix
          </Title>
          <Text size="sm" c="dimmed" visibleFrom="md" style={{ flex: 1 }} truncate="end">
            Représentants des usagers, mandats et frais
          </Text>
          <Group ml="auto" wrap="nowrap">
            <HelpButton />
            <UserNameControl />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p={iconsOnly ? 'xs' : 'sm'} aria-label="Sections">
        {sections.map((s) => (
          <Tooltip key={s.path} label={s.label} position="right" disabled={!iconsOnly}>
            <NavLink
              href={`#${s.path}`}
              label={iconsOnly ? undefined : s.label}
              // The name of an icon-only link (getByLabel-style lookups must not find it otherwise).
              aria-label={iconsOnly ? s.label : undefined}
              leftSection={s.icon}
              active={s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path)}
              onClick={(event) => {
                event.preventDefault();
                navigate(s.path);
                close();
              }}
            />
          </Tooltip>
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {/*
          Pages are loaded with their route (renderer/lazy-page.tsx). One boundary per route: the
          router navigates inside a transition, which would otherwise keep the previous page on
          screen, clickable, while the next one's chunk arrives.
        */}
        <Suspense key={pagePattern} fallback={<PageLoading />}>
          <Routes>
            <Route path="/" element={home} />
            {routes.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
        <UnsavedChangesGuard />
        <BatchProgress />
        <WhatsNewNotice />
      </AppShell.Main>
    </AppShell>
  );
}

// A data router: only it lets the unsaved-changes guard hold a navigation (useBlocker).
const router = createHashRouter([{ path: '*', element: <Shell />, errorElement: <PageLoadError /> }]);

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <DatesProvider settings={{ locale: 'fr', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: 'Confirmer', cancel: 'Annuler' }}>
          <Notifications position="top-right" />
          <UnsavedChangesProvider>
            <UnlockGate>
              <RouterProvider router={router} />
            </UnlockGate>
          </UnsavedChangesProvider>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
