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
import type { ObjectiveSet } from '../../shared/bilans/types';
import { byId, channel } from '../ipc/define';

export const bilansContract = {
  'objectives:get': channel<ObjectiveSet>()(z.object({ owner: objectiveOwner }).strict()),
  'objectives:create': channel<ObjectiveSet>()(objectiveInput),
  'objectives:update': channel<ObjectiveSet>()(objectiveUpdate),
  'objectives:delete': channel<ObjectiveSet>()(byId),
  'objectives:addIndicator': channel<ObjectiveSet>()(indicatorCreate),
  'objectives:updateIndicator': channel<ObjectiveSet>()(indicatorUpdate),
  'objectives:deleteIndicator': channel<ObjectiveSet>()(z.object({ id }).strict()),
} as const;
