import type { claimsContract } from '../contracts/claims';
import type { DomainHandlers } from './types';

export const claimsHandlers: DomainHandlers<typeof claimsContract> = {};
