import * as charters from '../../services/charters';
import { exportList } from '../../services/export';
import { analyzeImport, runImport } from '../../services/import';
import * as trainings from '../../services/trainings';
import type { registerBContract } from '../contracts/register-b';
import type { DomainHandlers } from './types';

export const registerBHandlers: DomainHandlers<typeof registerBContract> = {
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

  'charters:versions': (ctx) => charters.listVersions(ctx),
  'charters:getVersion': (ctx, input) => charters.getVersion(ctx, input.id),
  'charters:createVersion': (ctx, input) => charters.createVersion(ctx, input),
  'charters:updateVersion': (ctx, input) => charters.updateVersion(ctx, input.id, input.data),
  'charters:statuses': (ctx, input) => charters.listStatuses(ctx, input),
  'charters:signaturesOfPerson': (ctx, input) => charters.signaturesOfPerson(ctx, input.representativeId),
  'charters:sign': (ctx, input) => charters.recordSignature(ctx, input),
  'charters:deleteSignature': (ctx, input) => charters.deleteSignature(ctx, input.id),
  'charters:signatureFile': (ctx, input) => charters.signatureFile(ctx, input.id),
  'charters:pdf': (ctx, input) => charters.charterPdf(ctx, input.representativeId, input.versionId),

  'import:analyze': (ctx, input) => analyzeImport(ctx, input),
  'import:run': (ctx, input) => runImport(ctx, input),

  'export:representatives': (ctx, input) => exportList(ctx, 'representatives', input.format),
  'export:instances': (ctx, input) => exportList(ctx, 'instances', input.format),
  'export:mandates': (ctx, input) => exportList(ctx, 'mandates', input.format),
  'export:trainings': (ctx, input) => exportList(ctx, 'trainings', input.format),
  'export:signatures': (ctx, input) => exportList(ctx, 'signatures', input.format),
};
