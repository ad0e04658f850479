import { DOSSIER_MAX } from '../../contract/dossiers';
import type { BackendArea } from '../area';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { classStudents, dossierOf } from './dossier';

const handlers: Handlers<'dossiers.get'> = {
  'dossiers.get': ({ studentIds, classId }, ctx) => {
    const asked = classId === null ? { className: null, ids: studentIds, total: studentIds.length } : classStudents(ctx, classId, DOSSIER_MAX);
    if (asked.total > DOSSIER_MAX) {
      throw AppError.field(classId === null ? 'studentIds' : 'classId', 'dossier_too_many', { max: DOSSIER_MAX, count: asked.total });
    }
    const settings = readSettings(ctx.db);
    const dossiers = asked.ids.map((id) => dossierOf(ctx, id, settings));
    // A read that hands out personal data in bulk is logged like a change, as the roster's print is.
    ctx.audit({
      action: 'print',
      entity: 'student',
      entityId: dossiers.length === 1 ? dossiers[0].student.id : null,
      after: { report: 'dossier', classId, studentIds: asked.ids, studentNames: dossiers.map((d) => d.student.name), count: dossiers.length },
    });
    return { className: asked.className, dossiers };
  },
};

/** 个人档案: one student's whole record on A4, or a class's, each part as its own area reads it. */
export const dossiersArea: BackendArea<'dossiers.get'> = { handlers };
