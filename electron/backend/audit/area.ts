import type { AuditNamer, BackendArea } from '../area';
import { auditExportHandlers } from './export';
import { auditHandlers } from './handlers';

/** The audit log, naming each entry's record by how the area that wrote it names its records. */
export const auditArea = (namers: Record<string, AuditNamer>): BackendArea<'audit.list' | 'audit.export'> => ({
  handlers: { ...auditHandlers(namers), ...auditExportHandlers(namers) },
});
