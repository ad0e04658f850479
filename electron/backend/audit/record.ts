import type { Db } from '../../../db/open';
import { auditLog } from '../../../db/schema';
import type { AuditRecord } from '../rpc/context';

export function writeAudit(db: Db, record: AuditRecord, userId: number | null, at: Date, clientAddress: string | null = null): void {
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      userId,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      before: record.before ? JSON.stringify(record.before) : null,
      after: record.after ? JSON.stringify(record.after) : null,
      clientAddress,
    })
    .run();
}

/** Only the fields whose values differ, so the log says what changed rather than repeating the record. */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (key === 'updatedAt' || key === 'version') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
