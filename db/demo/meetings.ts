import type { ServiceContext } from '../../electron/services/context';

/** Demo data of the meetings domain (its issue fills this in). */
export async function loadMeetingsDemo(_ctx: ServiceContext): Promise<void> {}
