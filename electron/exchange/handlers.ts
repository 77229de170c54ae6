import { exportList } from './export';
import { analyzeImport, runImport } from './import';
import { importTemplate } from './import-template';
import type { DomainHandlers } from '../ipc/handler-types';
import type { exchangeContract } from './contract';

export const exchangeHandlers: DomainHandlers<typeof exchangeContract> = {
  'import:analyze': (ctx, input) => analyzeImport(ctx, input),
  'import:run': (ctx, input) => runImport(ctx, input),
  'import:template': (ctx) => importTemplate(ctx),
  'export:representatives': (ctx, input) => exportList(ctx, 'representatives', input.format),
  'export:instances': (ctx, input) => exportList(ctx, 'instances', input.format),
  'export:mandates': (ctx, input) => exportList(ctx, 'mandates', input.format),
  'export:trainings': (ctx, input) => exportList(ctx, 'trainings', input.format),
  'export:signatures': (ctx, input) => exportList(ctx, 'signatures', input.format),
};
