import { sql } from 'drizzle-orm';
import { imports } from '../../../db/schema';
import type { BackendArea } from '../area';
import { disbursementImportHandlers } from './disbursements/handlers';
import { historyHandlers } from './history/handlers';
import { placementImportHandlers } from './placements/handlers';
import { studentImportHandlers } from './students/handlers';
import { templateHandlers } from './template/handlers';

const handlers = { ...templateHandlers, ...studentImportHandlers, ...placementImportHandlers, ...disbursementImportHandlers, ...historyHandlers };

/** 导入: the office's workbooks (rosters, graduate outcomes, past 发放表) brought in, and the templates to fill for them. */
export const importsArea: BackendArea<keyof typeof handlers> = {
  handlers,
  // 学生名单.xlsx
  auditEntities: { import: (id) => sql`SELECT ${imports.fileName} FROM ${imports} WHERE ${imports.id} = ${id}` },
};
