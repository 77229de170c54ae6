/** Channels of the valorisation du bénévolat: settings, categories, hourly values, temps bénévole. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import {
  valorisationYear,
  valorisationYearQuery,
  volunteerCategoryInput,
  volunteerCategoryMoveInput,
  volunteerRatesInput,
  volunteerTimeExportInput,
  volunteerTimeInput,
  volunteerTimeListQuery,
} from '../../shared/valorisation/schemas';
import { valorisationSettingsInput, type ValorisationSettings } from '../../shared/valorisation/settings';
import type {
  Valorisation,
  VolunteerCategory,
  VolunteerTime,
  VolunteerTimeList,
} from '../../shared/valorisation/types';
import type { FileRef } from '../../shared/files';
import { byId, channel, none } from '../ipc/define';
import type { RatesOfYear } from './categories';

export const valorisationContract = {
  'valorisationSettings:get': channel<ValorisationSettings>()(none),
  'valorisationSettings:save': channel<ValorisationSettings>()(valorisationSettingsInput),
  'volunteerCategories:list': channel<VolunteerCategory[]>()(none),
  'volunteerCategories:create': channel<VolunteerCategory[]>()(volunteerCategoryInput),
  'volunteerCategories:update': channel<VolunteerCategory[]>()(
    z.object({ id, data: volunteerCategoryInput }).strict(),
  ),
  'volunteerCategories:move': channel<VolunteerCategory[]>()(volunteerCategoryMoveInput),
  'volunteerCategories:archive': channel<VolunteerCategory[]>()(byId),
  'volunteerCategories:restore': channel<VolunteerCategory[]>()(byId),
  'volunteerRates:get': channel<RatesOfYear>()(z.object({ year: valorisationYear }).strict()),
  'volunteerRates:save': channel<RatesOfYear>()(volunteerRatesInput),
  'volunteerTime:list': channel<VolunteerTimeList>()(volunteerTimeListQuery),
  'volunteerTime:create': channel<VolunteerTime>()(volunteerTimeInput),
  'volunteerTime:update': channel<VolunteerTime>()(z.object({ id, data: volunteerTimeInput }).strict()),
  'volunteerTime:delete': channel<{ deleted: true }>()(byId),
  'volunteerTime:export': channel<FileRef>()(volunteerTimeExportInput),
  'valorisation:year': channel<Valorisation>()(valorisationYearQuery),
} as const;
