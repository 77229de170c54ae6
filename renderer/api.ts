/**
 * The renderer's only way to the main process. In the desktop app the preload provides
 * `window.api`; in the browser mode the same calls go to POST /api/<channel> with the per-run
 * token. Pages do not know which transport they have.
 */
import { notifications } from '@mantine/notifications';
import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../electron/ipc/contract';

type Invoker = (channel: string, payload: unknown) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    api?: Record<string, (payload: unknown) => Promise<ApiResult<unknown>>>;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'porte-voix-jeton';

/** Takes the token from the address opened by the user, keeps it for the tab, hides it from the URL. */
function browserToken(): string {
  const match = /[?&]jeton=([^&]+)/.exec(window.location.hash + window.location.search);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    const cleaned = window.location.hash.replace(/[?&]jeton=[^&]+/, '').replace(/\?$/, '');
    window.history.replaceState(null, '', `${window.location.pathname}${cleaned || '#/'}`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const httpInvoker = (): Invoker => {
  const token = browserToken();
  return async (channel, payload) => {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-porte-voix-token': token },
      body: JSON.stringify(payload ?? {}),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
};

const ipcInvoker = (): Invoker | null => {
  const api = window.api;
  if (!api) return null;
  return (channel, payload) => {
    const fn = api[channel];
    if (!fn)
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Opération inconnue.' },
      });
    return fn(payload);
  };
};

let invoker: Invoker | null = null;

/**
 * Chooses the transport once, before the router runs: the browser-mode token is in the address
 * the user opened, and the first redirect would drop it.
 */
export function initTransport(): void {
  invoker ??= ipcInvoker() ?? httpInvoker();
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const active = (invoker ??= ipcInvoker() ?? httpInvoker());
  let result: ApiResult<unknown>;
  try {
    result = await active(channel, input);
  } catch {
    throw new ApiCallError(
      'TRANSPORT',
      'Le service Porte-voix ne répond pas. Vérifiez que l’application est toujours lancée.',
    );
  }
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.fieldErrors);
  return result.value as ChannelOutput<C>;
}

/** One place that turns errors into what the user sees. */
export function notifyError(error: unknown, title = 'L’opération n’a pas abouti'): void {
  const message =
    error instanceof ApiCallError
      ? error.message
      : 'Une erreur inattendue s’est produite. Rien n’a été enregistré.';
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export const isDesktop = (): boolean => window.api !== undefined;
