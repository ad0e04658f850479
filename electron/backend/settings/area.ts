import type { BackendArea } from '../area';
import { settingsHandlers } from './handlers';

/** The school's settings (name, academic calendar); one record, so the audit log needs no name for it. */
export const settingsArea: BackendArea<keyof typeof settingsHandlers> = { handlers: settingsHandlers };
