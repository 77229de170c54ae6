import type { ServiceContext } from '../../electron/services/context';

/** Demo data of the register domain (its issue fills this in). */
export async function loadRegisterDemo(_ctx: ServiceContext): Promise<void> {}
