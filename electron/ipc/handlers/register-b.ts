import type { registerBContract } from '../contracts/register-b';
import type { DomainHandlers } from './types';

export const registerBHandlers: DomainHandlers<typeof registerBContract> = {};
