/**
 * Demo register: organisations of Ille-et-Vilaine and Bretagne, their instances, and mandates
 * past and present. Dates are computed from today, so that whenever the demo is loaded some
 * mandates end within the next 90 days, some seats are vacant and a CDU cycle is running.
 * Built through the services, so it obeys every rule the app enforces.
 */
import type { ServiceContext } from '../electron/service-context';
import { registerDemoBuilders } from './register-builders';
import { addCduMandates } from './register-cdu';
import { createDemoInstances } from './register-instances';
import { addAssociationMandates, addMandatesEndingSoon, addTerritorialMandates } from './register-mandates';

export async function loadRegisterDemo(ctx: ServiceContext): Promise<void> {
  const builders = await registerDemoBuilders(ctx);
  if (!builders) return;
  const instances = await createDemoInstances(builders);
  await addCduMandates(builders, instances);
  await addMandatesEndingSoon(builders, instances);
  await addTerritorialMandates(builders, instances);
  await addAssociationMandates(builders, instances);
}
