import { z } from 'zod';
import { method } from './define';
import { isoDate, optionalId, page, pageSize, text, type Page } from './fields';

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  /** what the record is called now (a student's name...); null once it is deleted */
  entityName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** the network address the change came from; null: the host PC's own window */
  clientAddress: string | null;
}

/** Which entries the log shows (and exports): of one kind of record, one record, one user, between two China days. */
export const auditFilters = z.object({
  entity: text(40).default(''),
  entityId: optionalId.default(null),
  userId: optionalId.default(null),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
});

export const auditMethods = {
  'audit.list': method<Page<AuditEntry>>()({
    input: auditFilters.extend({ page, pageSize }),
    roles: ['admin'],
    write: false,
  }),
};
