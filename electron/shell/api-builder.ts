/**
 * Builds `window.api` from the channel names of the contract: one function per channel, each a
 * single IPC invoke. Nothing else of Node or Electron reaches the page.
 */
export const INVOKE_CHANNEL = 'porte-voix:invoke';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

export function buildApi(
  channels: readonly string[],
  invoke: Invoke,
): Readonly<Record<string, (payload: unknown) => Promise<unknown>>> {
  const api: Record<string, (payload: unknown) => Promise<unknown>> = {};
  for (const channel of channels) api[channel] = (payload: unknown) => invoke(channel, payload);
  return Object.freeze(api);
}
