import type { BackendArea } from '../area';
import { backupsHandlers } from './handlers';

/** 备份: the database's backups, the second folder they are copied to, and restoring one. */
export const backupsArea: BackendArea<keyof typeof backupsHandlers> = { handlers: backupsHandlers };
