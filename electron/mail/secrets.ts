/**
 * Secrets the services need but the database must not hold (the mail account's password): the
 * desktop keeps them in the system's keychain, the browser mode for the session only.
 */

export interface SecretStore {
  get(name: string): Promise<string | null>;
  /** null forgets the secret. */
  set(name: string, value: string | null): Promise<void>;
  /** True when a secret outlives the session (system keychain); false in memory. */
  readonly persistent: boolean;
}

export const SMTP_PASSWORD = 'smtp-password';

/** Secrets for this process's life, optionally seeded (browser mode: PORTE_VOIX_SMTP_PASSWORD). */
export function memorySecretStore(initial: Record<string, string | undefined> = {}): SecretStore {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(initial)) if (value) values.set(name, value);
  return {
    persistent: false,
    get: async (name) => values.get(name) ?? null,
    set: async (name, value) => {
      if (value === null) values.delete(name);
      else values.set(name, value);
    },
  };
}
