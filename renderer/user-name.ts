import { useSyncExternalStore } from 'react';
import { call } from './api';

/**
 * Who uses this computer (Paramètres › Application): read once, shared by the header, the
 * first-run question and the settings card, so a change made in one shows in the others at once.
 */
export interface UserNameState {
  loaded: boolean;
  name: string;
}

let state: UserNameState = { loaded: false, name: '' };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

function set(next: UserNameState): void {
  state = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loading ??= call('appSettings:get', {})
    .then((s) => set({ loaded: true, name: s.userName }))
    .catch(() => {
      // Unreadable settings: behave as if no name were set (the user is asked, nothing breaks).
      set({ loaded: true, name: '' });
    });
  return () => void listeners.delete(listener);
}

export function useUserName(): UserNameState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Saves the name (errors are thrown to the caller's form) and tells every screen. */
export async function saveUserName(name: string): Promise<string> {
  const saved = await call('appSettings:save', { userName: name });
  set({ loaded: true, name: saved.userName });
  return saved.userName;
}
