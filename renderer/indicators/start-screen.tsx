/**
 * The screen Porte-voix opens on (shared/indicators/settings.ts): read once, shared by the home
 * route, Paramètres › Application and the dashboard's own switch, so a change shows everywhere.
 * The dashboard replaces « À faire » at start-up only: the « À faire » menu entry still leads there.
 */
import { Checkbox } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { startScreenPaths, type StartScreen } from '../../shared/indicators/settings';
import { call, notifyError } from '../api';

let screen: StartScreen | null = null;
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;
/**
 * Set once the app has opened: later visits of « À faire » stay there. An app that opens on
 * another screen (a reload, a link) has already started: its first visit of « À faire » stays too.
 */
let started = typeof window !== 'undefined' && !['', '#', '#/'].includes(window.location.hash);

function set(next: StartScreen): void {
  screen = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loading ??= call('indicators:startScreen', {})
    .then((s) => set(s.firstScreen))
    // Unreadable settings: open on « À faire », as before the setting existed.
    .catch(() => set('a-faire'));
  return () => void listeners.delete(listener);
}

export function useStartScreen(): StartScreen | null {
  return useSyncExternalStore(subscribe, () => screen);
}

async function save(next: StartScreen): Promise<void> {
  try {
    const saved = await call('indicators:saveStartScreen', { firstScreen: next });
    set(saved.firstScreen);
    notifications.show({
      color: 'teal',
      title: 'Enregistré',
      message:
        saved.firstScreen === 'tableau-de-bord'
          ? 'Porte-voix s’ouvrira sur le tableau de bord ; « À faire » reste dans le menu.'
          : 'Porte-voix s’ouvrira sur « À faire ».',
    });
  } catch (e) {
    notifyError(e, 'Le choix n’a pas été enregistré');
  }
}

/** « Ouvrir Porte-voix sur le tableau de bord »: in the settings and on the dashboard itself. */
export function StartScreenCheckbox(props: { description?: string }) {
  const current = useStartScreen();
  return (
    <Checkbox
      label="Ouvrir Porte-voix sur le tableau de bord"
      description={props.description}
      disabled={current === null}
      checked={current === 'tableau-de-bord'}
      onChange={(e) => void save(e.currentTarget.checked ? 'tableau-de-bord' : 'a-faire')}
    />
  );
}

/** The home route: « À faire », unless the app has just opened and the dashboard was chosen. */
export function StartScreenHome(props: { children: ReactNode }) {
  const current = useStartScreen();
  const navigate = useNavigate();
  const redirected = useRef(false);
  useEffect(() => {
    if (current === null || started) return;
    started = true;
    if (current !== 'a-faire' && !redirected.current) {
      redirected.current = true;
      void navigate(startScreenPaths[current], { replace: true });
    }
  }, [current, navigate]);
  // Nothing while the setting is read on the very first screen: no flash of « À faire ».
  if (current === null && !started) return null;
  if (!started && current !== 'a-faire') return null;
  return <>{props.children}</>;
}
