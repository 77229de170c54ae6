/**
 * The one IPC contract: every channel 'domain:verb' with the zod schema of its input and the
 * type of its output, assembled from one file per domain. The main process validates with the
 * schemas; the preload builds `window.api` from the channel names; the renderer imports types only.
 */
import type { z } from 'zod';
import { associationContract } from '../association/contract';
import { registerContract } from '../register/contract';
import { todoContract } from '../todo/contract';
import { meetingsContract } from '../meetings/contract';
import { attestationsContract } from '../attestations/contract';
import { trainingsContract } from '../trainings/contract';
import { chartersContract } from '../charters/contract';
import { exchangeContract } from '../exchange/contract';
import { claimsContract } from '../claims/contract';
import { treasuryContract } from '../treasury/contract';
import { filesContract } from '../files/contract';
import { jobsContract } from '../jobs/contract';
import { actionsContract } from '../actions/contract';
import { indicatorsContract } from '../indicators/contract';
import { reportsContract } from '../reports/contract';
import { surveysContract } from '../surveys/contract';
import { mailContract } from '../mail/contract';
import { valorisationContract } from '../valorisation/contract';
import { backupContract } from '../backup/contract';
import { bilansContract } from '../bilans/contract';
import { historyContract } from '../history/contract';
import { privacyContract } from '../privacy/contract';
import { cipherContract } from '../cipher/contract';

export const contract = {
  ...associationContract,
  ...registerContract,
  ...todoContract,
  ...meetingsContract,
  ...attestationsContract,
  ...trainingsContract,
  ...chartersContract,
  ...exchangeContract,
  ...claimsContract,
  ...treasuryContract,
  ...filesContract,
  ...jobsContract,
  ...actionsContract,
  ...indicatorsContract,
  ...reportsContract,
  ...surveysContract,
  ...mailContract,
  ...valorisationContract,
  ...backupContract,
  ...bilansContract,
  ...historyContract,
  ...privacyContract,
  ...cipherContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = NonNullable<Contract[C]['output']>;

export interface ApiError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string>;
  /** Reference of an unexpected error, to find it in the log. */
  reference?: string;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const isChannel = (name: string): name is Channel =>
  Object.prototype.hasOwnProperty.call(contract, name);
