import { z } from 'zod';
import { id } from '../../shared/fields';

export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}

/** `channel<Output>()(inputSchema)`: the output type is written, the input type inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });

export const none = z.object({}).strict().optional();
export const byId = z.object({ id }).strict();
