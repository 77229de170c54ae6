import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from './ipc/contract';
import { buildApi, INVOKE_CHANNEL } from './shell/api-builder';

contextBridge.exposeInMainWorld(
  'api',
  buildApi(channelNames, (channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload)),
);
