/** Channels of the register domain: organisations, instance types, instances, mandates, « À faire ». */
import { z } from 'zod';
import { id } from '../../../shared/schemas/fields';
import {
  instanceInput,
  instanceListQuery,
  instanceTypeInput,
  mandateEndInput,
  mandateInput,
  mandateRenewInput,
  organisationInput,
  organisationListQuery,
} from '../../../shared/schemas/register';
import { registerSettingsSchema, type RegisterSettings } from '../../../shared/schemas/register-settings';
import type { GeneratedFile } from '../../../shared/types/files';
import type {
  InstanceDetail,
  InstanceList,
  InstanceType,
  Mandate,
  MandateDraft,
  Organisation,
  OrganisationList,
  TodoList,
} from '../../../shared/types/register-domain';
import { byId, channel, none } from './define';

export const registerContract = {
  'organisations:list': channel<OrganisationList>()(organisationListQuery),
  'organisations:get': channel<Organisation>()(byId),
  'organisations:create': channel<Organisation>()(organisationInput),
  'organisations:update': channel<Organisation>()(z.object({ id, data: organisationInput }).strict()),
  'organisations:archive': channel<Organisation>()(byId),
  'organisations:restore': channel<Organisation>()(byId),
  'organisations:delete': channel<{ deleted: true }>()(byId),

  'instanceTypes:list': channel<InstanceType[]>()(none),
  'instanceTypes:create': channel<InstanceType[]>()(instanceTypeInput),
  'instanceTypes:update': channel<InstanceType[]>()(z.object({ id, data: instanceTypeInput }).strict()),
  'instanceTypes:archive': channel<InstanceType[]>()(byId),
  'instanceTypes:restore': channel<InstanceType[]>()(byId),

  'instances:list': channel<InstanceList>()(instanceListQuery),
  'instances:get': channel<InstanceDetail>()(byId),
  'instances:create': channel<InstanceDetail>()(instanceInput),
  'instances:update': channel<InstanceDetail>()(z.object({ id, data: instanceInput }).strict()),
  'instances:archive': channel<InstanceDetail>()(byId),
  'instances:restore': channel<InstanceDetail>()(byId),
  'instances:delete': channel<{ deleted: true }>()(byId),
  /** « Liste des mandats » of one instance, as a PDF. */
  'instances:mandateListPdf': channel<GeneratedFile>()(byId),

  'mandates:get': channel<Mandate>()(byId),
  'mandates:listForPerson': channel<Mandate[]>()(z.object({ representativeId: id }).strict()),
  'mandates:create': channel<Mandate>()(mandateInput),
  'mandates:update': channel<Mandate>()(z.object({ id, data: mandateInput }).strict()),
  'mandates:end': channel<Mandate>()(mandateEndInput),
  'mandates:reopen': channel<Mandate>()(byId),
  'mandates:renewalDraft': channel<MandateDraft>()(byId),
  'mandates:renew': channel<Mandate>()(mandateRenewInput),
  'mandates:delete': channel<{ deleted: true }>()(byId),
  /** « Liste des mandats » of one person, as a PDF. */
  'mandates:personListPdf': channel<GeneratedFile>()(z.object({ representativeId: id }).strict()),

  'todo:get': channel<TodoList>()(none),
  'registerSettings:get': channel<RegisterSettings>()(none),
  'registerSettings:save': channel<RegisterSettings>()(registerSettingsSchema),
} as const;
