import type { meetingsContract } from '../contracts/meetings';
import type { DomainHandlers } from './types';

export const meetingsHandlers: DomainHandlers<typeof meetingsContract> = {};
