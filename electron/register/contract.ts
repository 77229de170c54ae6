/** Channels of the register: representatives, organisations, instances and mandates. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import {
  instanceInput,
  instanceListQuery,
  instanceTypeInput,
  mandateEndInput,
  mandateInput,
  mandateRenewInput,
  organisationInput,
  organisationListQuery,
} from '../../shared/register/schemas';
import { registerSettingsSchema, type RegisterSettings } from '../../shared/register/settings';
import type { FileRef } from '../../shared/files';
import type {
  InstanceDetail,
  InstanceList,
  InstanceType,
  Mandate,
  MandateDraft,
  Organisation,
  OrganisationList,
} from '../../shared/register/types';
import { byId, channel, none } from '../ipc/define';
import {
  representativeCountQuery,
  representativeInput,
  representativeListQuery,
} from '../../shared/register/representative';
import type { Representative, RepresentativeList } from '../../shared/register/representative-types';
import { profileInput, profileMoveInput, type PersonProfile } from '../../shared/register/profiles';

export const registerContract = {
  'representatives:list': channel<RepresentativeList>()(representativeListQuery),
  'representatives:count': channel<number>()(representativeCountQuery),
  'representatives:get': channel<Representative>()(byId),
  'representatives:create': channel<Representative>()(representativeInput),
  'representatives:update': channel<Representative>()(z.object({ id, data: representativeInput }).strict()),
  'representatives:archive': channel<Representative>()(byId),
  'representatives:restore': channel<Representative>()(byId),
  'representatives:delete': channel<{ deleted: true }>()(byId),

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
  'instances:mandateListPdf': channel<FileRef>()(byId),
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
  'mandates:personListPdf': channel<FileRef>()(z.object({ representativeId: id }).strict()),
  /** Profiles of the people (représentant des usagers, patient partenaire…); each answers the whole list. */
  'profiles:list': channel<PersonProfile[]>()(none),
  'profiles:create': channel<PersonProfile[]>()(profileInput),
  'profiles:update': channel<PersonProfile[]>()(z.object({ id, data: profileInput }).strict()),
  'profiles:move': channel<PersonProfile[]>()(profileMoveInput),
  'profiles:archive': channel<PersonProfile[]>()(byId),
  'profiles:restore': channel<PersonProfile[]>()(byId),
  'profiles:delete': channel<PersonProfile[]>()(byId),
  'registerSettings:get': channel<RegisterSettings>()(none),
  'registerSettings:save': channel<RegisterSettings>()(registerSettingsSchema),
} as const;
