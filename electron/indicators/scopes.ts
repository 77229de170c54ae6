/** The choices of the dashboard's scope picker. */
import { scopeOptions } from '../../db/indicators/scope-options';
import type { ScopeOptions } from '../../shared/indicators/types';
import type { ServiceContext } from '../service-context';
import { departmentLabel } from './labels';

export async function dashboardScopes(ctx: ServiceContext): Promise<ScopeOptions> {
  const options = await scopeOptions(ctx.db);
  return {
    organisations: options.organisations,
    instanceTypes: options.instanceTypes,
    departments: options.departments.map((code) => ({ code, label: departmentLabel(code) })),
    years: options.years,
    projects: options.projects,
  };
}
