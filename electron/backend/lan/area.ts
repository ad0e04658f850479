import type { BackendArea } from '../area';
import { networkHandlers } from './handlers';

/** 局域网: the sessions signed in from the office network, and the host's certificate. */
export const networkArea: BackendArea<keyof typeof networkHandlers> = { handlers: networkHandlers };
