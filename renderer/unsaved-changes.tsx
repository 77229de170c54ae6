import { Button, Group, Modal, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

/**
 * Unsaved changes: a form or a grid says whether it holds edits not yet saved; leaving the page
 * (menu, links, back) or closing the window then asks first. Pages only register a check; the
 * one place that asks is `UnsavedChangesGuard`, mounted once in the shell.
 */
type DirtyCheck = () => boolean;

interface Registry {
  add: (check: DirtyCheck) => () => void;
  anyDirty: () => boolean;
}

const RegistryContext = createContext<Registry | null>(null);

export function UnsavedChangesProvider(props: { children: ReactNode }) {
  const checks = useRef(new Set<DirtyCheck>());
  const registry = useRef<Registry>({
    add: (check) => {
      checks.current.add(check);
      return () => void checks.current.delete(check);
    },
    anyDirty: () => [...checks.current].some((check) => check()),
  });
  return <RegistryContext.Provider value={registry.current}>{props.children}</RegistryContext.Provider>;
}

/**
 * Registers the caller's unsaved edits while it is mounted. The check is read at the moment the
 * user leaves, so it always sees the latest state (a page may save then navigate in one go).
 * Outside the provider (a page rendered alone in a test) it does nothing.
 */
export function useUnsavedChanges(isDirty: DirtyCheck): void {
  const registry = useContext(RegistryContext);
  const latest = useRef(isDirty);
  latest.current = isDirty;
  useEffect(() => registry?.add(() => latest.current()), [registry]);
}

export const LEAVE_TITLE = 'Quitter sans enregistrer ?';
export const LEAVE_MESSAGE = 'Vos modifications seront perdues.';

/** Asks before a navigation that would drop unsaved edits, and before the page is unloaded. */
export function UnsavedChangesGuard() {
  const registry = useContext(RegistryContext);
  const anyDirty = useCallback(() => registry?.anyDirty() ?? false, [registry]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && anyDirty(),
  );

  useEffect(() => {
    // The browser (and Electron, see electron/shell/unload-guard.ts) asks in its own words.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [anyDirty]);

  const blocked = blocker.state === 'blocked';
  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };
  return (
    <Modal opened={blocked} onClose={stay} title={LEAVE_TITLE} centered>
      <Text size="sm">{LEAVE_MESSAGE}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={stay} data-autofocus>
          Rester
        </Button>
        <Button color="red" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
          Quitter sans enregistrer
        </Button>
      </Group>
    </Modal>
  );
}
