import { auditFilters } from './audit';
import { method } from './define';
import { ALL_ROLES } from './roles';
import { listInput } from './students';

/**
 * The most records one export holds: a whole 20,000-student register ten times over (the audit log
 * grows without end; a date range narrows it), and far inside Excel's 1,048,576 rows.
 */
export const EXPORT_MAX_ROWS = 200_000;

/**
 * A spreadsheet an export method hands back (an .xlsx, base64 so it travels in the JSON envelope
 * of either transport): the page saves it under `fileName`. `rows`: how many records it holds.
 */
export interface ExportFile {
  fileName: string;
  base64: string;
  rows: number;
}

/**
 * Every list's export takes what the list takes, bar the page: the same search, filters and
 * order, the same roles and the same masks. Writes: each export is an audit entry.
 */
export const exportMethods = {
  'students.export': method<ExportFile>()({ input: listInput.omit({ page: true, pageSize: true }), roles: ALL_ROLES, write: true, affects: [] }),
  'audit.export': method<ExportFile>()({ input: auditFilters, roles: ['admin'], write: true, affects: [] }),
};
