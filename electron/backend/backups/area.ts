import type { BackendArea } from '../area';
import { backupsHandlers } from './handlers';
import { packageHandlers } from './package/handlers';

const handlers = { ...backupsHandlers, ...packageHandlers };

/** 备份: the database's backups, the second folder they are copied to, restoring one, and the data package that moves the office to a new PC. */
export const backupsArea: BackendArea<keyof typeof handlers> = { handlers };
