import { readFileSync } from 'node:fs';
import { contract } from '../../../electron/ipc/contract';
import { channelNames } from '../../../electron/ipc/channel-names';
import { CHANNEL_NAMES_FILE, channelNamesSource } from '../../../scripts/generate-channel-names';

describe('the preload’s list of channel names', () => {
  it('names exactly the channels of the contract, in its order', () => {
    // Run `npx tsx scripts/generate-channel-names.ts` when this fails after a contract change.
    expect([...channelNames]).toEqual(Object.keys(contract));
  });

  it('is the generator’s output, not a hand edit', () => {
    expect(readFileSync(CHANNEL_NAMES_FILE, 'utf8')).toBe(channelNamesSource(Object.keys(contract)));
  });
});
