/* Frozen once released: typed against Kysely<any> so later schema changes never break it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kysely } from 'kysely';

/** Claims, payments, receipts: written by the claims issue (5). Until then it creates nothing. */
export async function up(_db: Kysely<any>): Promise<void> {}
