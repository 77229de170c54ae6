/** Which service answers which channel, assembled from one file per domain. */
import type { ServiceContext } from '../service-context';
import type { Channel, ChannelOutput, ChannelParsed } from './contract';
import { associationHandlers } from '../association/handlers';
import { registerHandlers } from '../register/handlers';
import { todoHandlers } from '../todo/handlers';
import { meetingsHandlers } from '../meetings/handlers';
import { attestationsHandlers } from '../attestations/handlers';
import { trainingsHandlers } from '../trainings/handlers';
import { chartersHandlers } from '../charters/handlers';
import { exchangeHandlers } from '../exchange/handlers';
import { claimsHandlers } from '../claims/handlers';
import { treasuryHandlers } from '../treasury/handlers';
import { filesHandlers } from '../files/handlers';
import type { Produced } from '../files/produced-file';
import { jobsHandlers } from '../jobs/handlers';
import { actionsHandlers } from '../actions/handlers';
import { indicatorsHandlers } from '../indicators/handlers';
import { reportsHandlers } from '../reports/handlers';
import { surveysHandlers } from '../surveys/handlers';
import { mailHandlers } from '../mail/handlers';
import { valorisationHandlers } from '../valorisation/handlers';
import { backupHandlers } from '../backup/handlers';
import { bilansHandlers } from '../bilans/handlers';
import { historyHandlers } from '../history/handlers';
import { privacyHandlers } from '../privacy/handlers';
import { cipherHandlers } from '../cipher/handlers';

export type Handlers = {
  [C in Channel]: (ctx: ServiceContext, input: ChannelParsed<C>) => Promise<Produced<ChannelOutput<C>>>;
};

export const handlers: Handlers = {
  ...associationHandlers,
  ...registerHandlers,
  ...todoHandlers,
  ...meetingsHandlers,
  ...attestationsHandlers,
  ...trainingsHandlers,
  ...chartersHandlers,
  ...exchangeHandlers,
  ...claimsHandlers,
  ...treasuryHandlers,
  ...filesHandlers,
  ...jobsHandlers,
  ...actionsHandlers,
  ...indicatorsHandlers,
  ...reportsHandlers,
  ...surveysHandlers,
  ...mailHandlers,
  ...valorisationHandlers,
  ...backupHandlers,
  ...bilansHandlers,
  ...historyHandlers,
  ...privacyHandlers,
  ...cipherHandlers,
};
