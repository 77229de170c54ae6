import type { ServiceContext } from '../../electron/services/context';

/** Demo data of the claims domain (its issue fills this in). */
export async function loadClaimsDemo(_ctx: ServiceContext): Promise<void> {}
