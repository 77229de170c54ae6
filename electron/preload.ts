import { contextBridge, ipcRenderer } from 'electron';
// The generated list, not the contract: the contract would bundle zod and every schema in here.
import { channelNames } from './ipc/channel-names';
import { buildApi, INVOKE_CHANNEL } from './shell/api-builder';

contextBridge.exposeInMainWorld(
  'api',
  buildApi(channelNames, (channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload)),
);
