import type { ServiceContext } from '../../electron/services/context';

/** Demo trainings and charter signatures. */
export async function loadRegisterBDemo(_ctx: ServiceContext): Promise<void> {}
