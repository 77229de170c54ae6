import type { registerContract } from '../contracts/register';
import type { DomainHandlers } from './types';

export const registerHandlers: DomainHandlers<typeof registerContract> = {};
