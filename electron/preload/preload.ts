import { contextBridge, ipcRenderer } from 'electron';
import { PRINT_CHANNEL, REPORT_READY_CHANNEL, RPC_CHANNEL, type BangfuBridge } from '../backend/ipc/bridge';

/** The renderer's only doors to main: the contract call and printing reports. */
const bridge: BangfuBridge = {
  invoke: (request) => ipcRenderer.invoke(RPC_CHANNEL, request),
  print: (request) => ipcRenderer.invoke(PRINT_CHANNEL, request),
  reportReady: (state) => ipcRenderer.invoke(REPORT_READY_CHANNEL, state),
};

contextBridge.exposeInMainWorld('bangfu', bridge);
