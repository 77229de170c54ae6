import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded with its route: each domain's pages are separate chunks, fetched the first time
 * the user opens them, so that the first screen does not wait for every page of the app.
 * `lazyPage(() => import('./ClaimsPage'), 'ClaimsPage')` keeps the pages' named exports.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** Shown while a page's chunk arrives (a fraction of a second from disk). */
export function PageLoading() {
  return (
    <Center py="xl">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">Chargement de la page…</Text>
      </Group>
    </Center>
  );
}

/**
 * A page that failed to load or to draw: its chunk missing (an update replaced the files while the
 * window was open) or an unexpected error. Said in French, with a way out, rather than the router's
 * English default screen.
 */
export function PageLoadError() {
  return (
    <Center py="xl">
      <Stack align="center" gap="sm">
        <Text>Cette page n’a pas pu s’afficher.</Text>
        <Button onClick={() => window.location.reload()}>Recharger l’application</Button>
      </Stack>
    </Center>
  );
}
