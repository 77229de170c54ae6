import * as trainings from './trainings';
import type { DomainHandlers } from '../ipc/handler-types';
import type { trainingsContract } from './contract';

export const trainingsHandlers: DomainHandlers<typeof trainingsContract> = {
  'trainingKinds:list': (ctx, input) => trainings.listTrainingKinds(ctx, input.includeArchived),
  'trainingKinds:create': (ctx, input) => trainings.createTrainingKind(ctx, input),
  'trainingKinds:update': (ctx, input) => trainings.updateTrainingKind(ctx, input.id, input.data),
  'trainingKinds:archive': (ctx, input) => trainings.setTrainingKindArchived(ctx, input.id, true),
  'trainingKinds:restore': (ctx, input) => trainings.setTrainingKindArchived(ctx, input.id, false),
  'trainings:list': (ctx, input) => trainings.listTrainings(ctx, input),
  'trainings:ofPerson': (ctx, input) => trainings.trainingsOfPerson(ctx, input.representativeId),
  'trainings:create': (ctx, input) => trainings.createTraining(ctx, input),
  'trainings:update': (ctx, input) => trainings.updateTraining(ctx, input.id, input.data),
  'trainings:delete': (ctx, input) => trainings.deleteTraining(ctx, input.id),
};
