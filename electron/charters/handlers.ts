import * as charters from './charters';
import type { DomainHandlers } from '../ipc/handler-types';
import type { chartersContract } from './contract';

export const chartersHandlers: DomainHandlers<typeof chartersContract> = {
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
};
