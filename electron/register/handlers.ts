import * as instances from './instances';
import * as mandateLists from './mandate-list-pdf';
import * as mandates from './mandates';
import * as organisations from './organisations';
import * as profiles from './profiles';
import * as todo from '../todo/todo';
import type { DomainHandlers } from '../ipc/handler-types';
import type { registerContract } from './contract';
import * as representatives from './representatives';

export const registerHandlers: DomainHandlers<typeof registerContract> = {
  'representatives:list': (ctx, input) => representatives.listRepresentatives(ctx, input),
  'representatives:count': (ctx, input) => representatives.countRepresentatives(ctx, input),
  'representatives:get': (ctx, input) => representatives.getRepresentative(ctx, input.id),
  'representatives:create': (ctx, input) => representatives.createRepresentative(ctx, input),
  'representatives:update': (ctx, input) => representatives.updateRepresentative(ctx, input.id, input.data),
  'representatives:archive': (ctx, input) => representatives.setRepresentativeArchived(ctx, input.id, true),
  'representatives:restore': (ctx, input) => representatives.setRepresentativeArchived(ctx, input.id, false),
  'representatives:delete': (ctx, input) => representatives.deleteRepresentative(ctx, input.id),

  'organisations:list': (ctx, input) => organisations.listOrganisations(ctx, input),
  'organisations:get': (ctx, input) => organisations.getOrganisation(ctx, input.id),
  'organisations:create': (ctx, input) => organisations.createOrganisation(ctx, input),
  'organisations:update': (ctx, input) => organisations.updateOrganisation(ctx, input.id, input.data),
  'organisations:archive': (ctx, input) => organisations.setOrganisationArchived(ctx, input.id, true),
  'organisations:restore': (ctx, input) => organisations.setOrganisationArchived(ctx, input.id, false),
  'organisations:delete': (ctx, input) => organisations.deleteOrganisation(ctx, input.id),
  'instanceTypes:list': (ctx) => instances.listInstanceTypes(ctx),
  'instanceTypes:create': (ctx, input) => instances.createInstanceType(ctx, input),
  'instanceTypes:update': (ctx, input) => instances.updateInstanceType(ctx, input.id, input.data),
  'instanceTypes:archive': (ctx, input) => instances.setInstanceTypeArchived(ctx, input.id, true),
  'instanceTypes:restore': (ctx, input) => instances.setInstanceTypeArchived(ctx, input.id, false),
  'instances:list': (ctx, input) => instances.listInstances(ctx, input),
  'instances:get': (ctx, input) => instances.getInstance(ctx, input.id),
  'instances:create': (ctx, input) => instances.createInstance(ctx, input),
  'instances:update': (ctx, input) => instances.updateInstance(ctx, input.id, input.data),
  'instances:archive': (ctx, input) => instances.setInstanceArchived(ctx, input.id, true),
  'instances:restore': (ctx, input) => instances.setInstanceArchived(ctx, input.id, false),
  'instances:delete': (ctx, input) => instances.deleteInstance(ctx, input.id),
  'instances:mandateListPdf': (ctx, input) => mandateLists.instanceMandateListPdf(ctx, input.id),
  'mandates:get': (ctx, input) => mandates.getMandate(ctx, input.id),
  'mandates:listForPerson': (ctx, input) => mandates.listMandatesOfPerson(ctx, input.representativeId),
  'mandates:create': (ctx, input) => mandates.createMandate(ctx, input),
  'mandates:update': (ctx, input) => mandates.updateMandate(ctx, input.id, input.data),
  'mandates:end': (ctx, input) => mandates.endMandate(ctx, input),
  'mandates:reopen': (ctx, input) => mandates.reopenMandate(ctx, input.id),
  'mandates:renewalDraft': (ctx, input) => mandates.renewalDraft(ctx, input.id),
  'mandates:renew': (ctx, input) => mandates.renewMandate(ctx, input.fromId, input.data),
  'mandates:delete': (ctx, input) => mandates.deleteMandate(ctx, input.id),
  'mandates:personListPdf': (ctx, input) => mandateLists.personMandateListPdf(ctx, input.representativeId),
  'profiles:list': (ctx) => profiles.listProfiles(ctx),
  'profiles:create': (ctx, input) => profiles.createProfile(ctx, input),
  'profiles:update': (ctx, input) => profiles.updateProfile(ctx, input.id, input.data),
  'profiles:move': (ctx, input) => profiles.moveProfile(ctx, input),
  'profiles:archive': (ctx, input) => profiles.setProfileArchived(ctx, input.id, true),
  'profiles:restore': (ctx, input) => profiles.setProfileArchived(ctx, input.id, false),
  'profiles:delete': (ctx, input) => profiles.deleteProfile(ctx, input.id),
  'registerSettings:get': (ctx) => todo.getRegisterSettings(ctx),
  'registerSettings:save': (ctx, input) => todo.saveRegisterSettings(ctx, input),
};
