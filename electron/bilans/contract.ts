/** Channels of the bilans: objectives and indicators, financements, bilans d'action. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import {
  indicatorCreate,
  indicatorUpdate,
  objectiveInput,
  objectiveOwner,
  objectiveUpdate,
} from '../../shared/bilans/objectives';
import {
  bilanInput,
  bilanUpdate,
  fundingInput,
  fundingListQuery,
  staffLineInput,
} from '../../shared/bilans/fundings';
import { sectionSave, sectionVersionsQuery } from '../../shared/bilans/sections';
import type { Bilan, Funding, FundingList, ObjectiveSet, SectionVersion } from '../../shared/bilans/types';
import type { FileRef } from '../../shared/files';
import { byId, channel } from '../ipc/define';

export const bilansContract = {
  'objectives:get': channel<ObjectiveSet>()(z.object({ owner: objectiveOwner }).strict()),
  'objectives:create': channel<ObjectiveSet>()(objectiveInput),
  'objectives:update': channel<ObjectiveSet>()(objectiveUpdate),
  'objectives:delete': channel<ObjectiveSet>()(byId),
  'objectives:addIndicator': channel<ObjectiveSet>()(indicatorCreate),
  'objectives:updateIndicator': channel<ObjectiveSet>()(indicatorUpdate),
  'objectives:deleteIndicator': channel<ObjectiveSet>()(z.object({ id }).strict()),
  'fundings:list': channel<FundingList>()(fundingListQuery),
  'fundings:get': channel<Funding>()(byId),
  'fundings:create': channel<Funding>()(fundingInput),
  'fundings:update': channel<Funding>()(z.object({ id, data: fundingInput }).strict()),
  'fundings:delete': channel<{ deleted: true }>()(byId),
  'bilans:get': channel<Bilan>()(byId),
  'bilans:create': channel<Bilan>()(bilanInput),
  'bilans:update': channel<Bilan>()(bilanUpdate),
  'bilans:delete': channel<{ deleted: true; fundingId: number }>()(byId),
  /** Saves a section's text as its next version (the previous ones stay readable). */
  'bilans:saveSection': channel<Bilan>()(sectionSave),
  'bilans:sectionVersions': channel<SectionVersion[]>()(sectionVersionsQuery),
  'bilans:addStaff': channel<Bilan>()(z.object({ bilanId: id, data: staffLineInput }).strict()),
  'bilans:updateStaff': channel<Bilan>()(z.object({ id, data: staffLineInput }).strict()),
  'bilans:deleteStaff': channel<Bilan>()(byId),
  /** The bilan d'action as PDF, and as a workbook with one sheet per table. */
  'bilans:pdf': channel<FileRef>()(byId),
  'bilans:xlsx': channel<FileRef>()(byId),
} as const;
