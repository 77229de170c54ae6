/** Which service answers which channel, assembled from one file per domain. */
import type { ServiceContext } from '../../services/context';
import type { Channel, ChannelOutput, ChannelParsed } from '../contract';
import { claimsHandlers } from './claims';
import { coreHandlers } from './core';
import { meetingsHandlers } from './meetings';
import { registerHandlers } from './register';
import { registerBHandlers } from './register-b';

export type Handlers = {
  [C in Channel]: (ctx: ServiceContext, input: ChannelParsed<C>) => Promise<ChannelOutput<C>>;
};

export const handlers: Handlers = {
  ...coreHandlers,
  ...registerHandlers,
  ...registerBHandlers,
  ...meetingsHandlers,
  ...claimsHandlers,
};
