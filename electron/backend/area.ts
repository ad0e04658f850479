import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/open';
import type { MethodName } from '../contract';
import type { Handlers } from './rpc/context';

/**
 * How the audit log names a record of one kind: a scalar subquery giving its current name from
 * the entry's entity id (null once the record is deleted).
 */
export type AuditNamer = (entityId: SQL) => SQL;

/**
 * One area of the backend (register, check-ins, allowances…): everything the dispatcher, the audit
 * log and start-up need to know of it. An area is added to the list in ./areas.ts, and nowhere else.
 */
export interface BackendArea<K extends MethodName = MethodName> {
  /** one handler per contract method of the area */
  handlers: Handlers<K>;
  /** the entity kinds the area writes to the audit log, each with how its records are named */
  auditEntities?: Record<string, AuditNamer>;
  /** data upkeep at start-up that a plain-SQL migration cannot do (e.g. keys that need code) */
  upkeep?: (db: Db) => void;
}
