import type { z } from 'zod';
import type { ServiceContext } from '../service-context';
import type { Produced } from '../files/produced-file';
import type { ChannelDef } from './define';

/**
 * The handlers of one domain's contract: a missing or mistyped one is a compile error. A handler
 * returns the files it produced; the dispatch turns them into the contract's `FileRef`s.
 */
export type DomainHandlers<D extends Record<string, ChannelDef<z.ZodType, unknown>>> = {
  [C in keyof D]: (
    ctx: ServiceContext,
    input: z.output<D[C]['input']>,
  ) => Promise<Produced<NonNullable<D[C]['output']>>>;
};
