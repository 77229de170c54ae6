/**
 * The one IPC contract: every channel 'domain:verb' with the zod schema of its input and the
 * type of its output. The main process validates with the schemas; the preload builds
 * `window.api` from the channel names; the renderer imports the types only.
 */
import { z } from 'zod';
import { associationInput, logoInput } from '../../shared/schemas/association';
import { id } from '../../shared/schemas/fields';
import { representativeInput, representativeListQuery } from '../../shared/schemas/representative';
import type { AppInfo, Association, Representative, RepresentativeList } from '../../shared/types/register';

interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

const channel = <O>() => <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });
const none = z.object({}).strict().optional();
const byId = z.object({ id }).strict();

export const contract = {
  'app:info': channel<AppInfo>()(none),

  'association:get': channel<Association>()(none),
  'association:save': channel<Association>()(associationInput),
  'association:setLogo': channel<Association>()(logoInput),
  'association:removeLogo': channel<Association>()(none),

  'representatives:list': channel<RepresentativeList>()(representativeListQuery),
  'representatives:get': channel<Representative>()(byId),
  'representatives:create': channel<Representative>()(representativeInput),
  'representatives:update': channel<Representative>()(z.object({ id, data: representativeInput }).strict()),
  'representatives:archive': channel<Representative>()(byId),
  'representatives:restore': channel<Representative>()(byId),
  'representatives:delete': channel<{ deleted: true }>()(byId),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = NonNullable<Contract[C]['output']>;

export interface ApiError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string>;
  /** Reference of an unexpected error, to find it in the log. */
  reference?: string;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const channelNames = Object.keys(contract) as Channel[];

export const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);
