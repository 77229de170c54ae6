/** Channels of trainings: the kinds of training and the trainings followed by each person. */
import { z } from 'zod';
import { id } from '../../shared/fields';
import { trainingInput, trainingKindInput, trainingListQuery } from '../../shared/trainings/schemas';
import type { Training, TrainingKind, TrainingList } from '../../shared/trainings/types';
import { byId, channel } from '../ipc/define';

export const trainingsContract = {
  'trainingKinds:list': channel<TrainingKind[]>()(
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
  ),
  'trainingKinds:create': channel<TrainingKind>()(trainingKindInput.strict()),
  'trainingKinds:update': channel<TrainingKind>()(
    z.object({ id, data: trainingKindInput.strict() }).strict(),
  ),
  'trainingKinds:archive': channel<TrainingKind>()(byId),
  'trainingKinds:restore': channel<TrainingKind>()(byId),
  'trainings:list': channel<TrainingList>()(trainingListQuery.strict()),
  'trainings:ofPerson': channel<Training[]>()(z.object({ representativeId: id }).strict()),
  'trainings:create': channel<Training>()(trainingInput.strict()),
  'trainings:update': channel<Training>()(z.object({ id, data: trainingInput.strict() }).strict()),
  'trainings:delete': channel<{ deleted: true }>()(byId),
} as const;
