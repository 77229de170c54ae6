import { AppShell, Burger, Group, MantineProvider, NavLink, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { DomainPages } from './navigation';
import { claimsPages } from './pages/claims';
import { meetingsPages } from './pages/meetings';
import { registerPages } from './pages/register';
import { registerBPages } from './pages/register-b';
import { corePages } from './pages/representatives';
import { theme } from './theme';

const domains: DomainPages[] = [corePages, registerPages, registerBPages, meetingsPages, claimsPages];
const sections = domains.flatMap((d) => d.sections).sort((a, b) => a.order - b.order);
const routes = domains.flatMap((d) => d.routes);
const home = domains.find((d) => d.home)?.home;

function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Afficher le menu" />
          <Title order={1} size="h4" c="teal.7">
            Porte-voix
          </Title>
          <Text size="sm" c="dimmed" visibleFrom="sm">
            Représentants des usagers, mandats et frais
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Sections">
        {sections.map((s) => (
          <NavLink
            key={s.path}
            href={`#${s.path}`}
            label={s.label}
            leftSection={s.icon}
            active={s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path)}
            onClick={(event) => {
              event.preventDefault();
              navigate(s.path);
              close();
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={home ?? <Navigate to="/representants" replace />} />
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <DatesProvider settings={{ locale: 'fr', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: 'Confirmer', cancel: 'Annuler' }}>
          <Notifications position="top-right" />
          <HashRouter>
            <Shell />
          </HashRouter>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
