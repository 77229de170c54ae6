import { AppShell, Burger, Group, MantineProvider, NavLink, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { IconSettings, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { RepresentativeDetailPage } from './pages/representatives/RepresentativeDetailPage';
import { RepresentativeFormPage } from './pages/representatives/RepresentativeFormPage';
import { RepresentativesPage } from './pages/representatives/RepresentativesPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { theme } from './theme';

interface Section {
  path: string;
  label: string;
  icon: ReactNode;
}

const sections: Section[] = [
  { path: '/representants', label: 'Représentants', icon: <IconUsers size={18} stroke={1.6} /> },
  { path: '/parametres', label: 'Paramètres', icon: <IconSettings size={18} stroke={1.6} /> },
];

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
            active={location.pathname.startsWith(s.path)}
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
          <Route path="/" element={<Navigate to="/representants" replace />} />
          <Route path="/representants" element={<RepresentativesPage />} />
          <Route path="/representants/nouveau" element={<RepresentativeFormPage />} />
          <Route path="/representants/:id" element={<RepresentativeDetailPage />} />
          <Route path="/representants/:id/modifier" element={<RepresentativeFormPage />} />
          <Route path="/parametres" element={<SettingsPage />} />
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
