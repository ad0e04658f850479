import type { BackendArea } from '../area';
import { authHandlers } from './handlers';

/** Sign-in, first-run setup, sessions and one's own password. */
export const authArea: BackendArea<keyof typeof authHandlers> = { handlers: authHandlers };
