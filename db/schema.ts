/**
 * The Kysely view of the whole database, assembled from one file per domain so that each domain
 * evolves in its own module. Column names are snake_case as in SQL; repositories convert to
 * camelCase domain objects at their boundary (booleans become real booleans there).
 */
import type { CoreTables } from './schema/core';
import type { RegisterTables } from './schema/register';
import type { MeetingTables } from './schema/meetings';
import type { ClaimTables } from './schema/claims';
import type { ActionTables } from './schema/actions';
import type { ReportTables } from './schema/reports';
import type { SurveyTables } from './schema/surveys';
import type { ValorisationTables } from './schema/valorisation';
import type { BilanTables } from './schema/bilans';

export * from './schema/core';
export * from './schema/register';
export * from './schema/meetings';
export * from './schema/claims';
export * from './schema/actions';
export * from './schema/reports';
export * from './schema/surveys';
export * from './schema/valorisation';
export * from './schema/bilans';

export interface Database
  extends
    CoreTables,
    RegisterTables,
    MeetingTables,
    ClaimTables,
    ActionTables,
    ReportTables,
    SurveyTables,
    ValorisationTables,
    BilanTables {}
