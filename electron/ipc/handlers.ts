/**
 * Which service answers which channel. The mapped type makes a missing or mistyped handler a
 * compile error, so the contract and the services cannot drift apart.
 */
import * as association from '../services/association';
import type { ServiceContext } from '../services/context';
import { currentSchemaVersion } from '../../db/connection';
import * as representatives from '../services/representatives';
import type { Channel, ChannelOutput, ChannelParsed } from './contract';

export type Handlers = {
  [C in Channel]: (ctx: ServiceContext, input: ChannelParsed<C>) => Promise<ChannelOutput<C>>;
};

export const handlers: Handlers = {
  'app:info': async (ctx) => ({
    version: ctx.appVersion,
    databaseFile: ctx.databaseFile,
    schemaVersion: await currentSchemaVersion(ctx.db),
    mode: ctx.mode,
  }),

  'association:get': (ctx) => association.getAssociation(ctx),
  'association:save': (ctx, input) => association.saveAssociation(ctx, input),
  'association:setLogo': (ctx, input) => association.setLogo(ctx, input),
  'association:removeLogo': (ctx) => association.removeLogo(ctx),

  'representatives:list': (ctx, input) => representatives.listRepresentatives(ctx, input),
  'representatives:get': (ctx, input) => representatives.getRepresentative(ctx, input.id),
  'representatives:create': (ctx, input) => representatives.createRepresentative(ctx, input),
  'representatives:update': (ctx, input) => representatives.updateRepresentative(ctx, input.id, input.data),
  'representatives:archive': (ctx, input) => representatives.setRepresentativeArchived(ctx, input.id, true),
  'representatives:restore': (ctx, input) => representatives.setRepresentativeArchived(ctx, input.id, false),
  'representatives:delete': (ctx, input) => representatives.deleteRepresentative(ctx, input.id),
};
