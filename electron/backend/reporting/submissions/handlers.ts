import { reportSubmissions } from '../../../../db/schema';
import type { Handlers } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { readProgressColumns } from '../columns';
import { periodOf } from '../facts';
import { progressReport } from '../progress';
import { frozenList } from './frozenList';
import { submissionDetail, submissionSummaries, submissionSummary } from './read';
import { figureIds, snapshotHash } from './snapshot';

export const submissionsHandlers: Handlers<'reports.submit' | 'reports.submissions' | 'reports.submission' | 'reports.submissionList'> = {
  'reports.submit': ({ year, from, to, recipient, note, supersedes, supersedeReason }, ctx) => {
    const period = periodOf({ year, from, to }, ctx.now());
    if (supersedes !== null) {
      const earlier = submissionSummary(ctx.db, supersedes);
      if (!earlier) throw AppError.field('supersedes', 'not_found');
      if (earlier.supersededBy !== null) throw AppError.field('supersedes', 'report_submission_superseded', { id: earlier.supersededBy });
      if (supersedeReason === '') throw AppError.field('supersedeReason', 'required');
    }
    const report = progressReport(ctx.db, period, ctx.now());
    const columns = readProgressColumns(ctx.db);
    // Written once as these strings: the hash is over exactly what is stored.
    const reportJson = JSON.stringify(report);
    const idsJson = JSON.stringify(figureIds(ctx.db, period));
    const sha256 = snapshotHash(reportJson, idsJson);
    const { id } = ctx.db
      .insert(reportSubmissions)
      .values({
        year, periodFrom: period.from, periodTo: period.to, recipient, note, columns: JSON.stringify(columns), report: reportJson, ids: idsJson, sha256,
        supersedes, supersedeReason: supersedes === null ? '' : supersedeReason, userId: ctx.user.id, createdAt: ctx.now().toISOString(),
      })
      .returning({ id: reportSubmissions.id })
      .get();
    ctx.audit({
      action: 'submit',
      entity: 'report_submission',
      entityId: id,
      after: { year, from: period.from, to: period.to, recipient, note, supersedes, supersedeReason: supersedes === null ? '' : supersedeReason, sha256 },
    });
    return submissionSummary(ctx.db, id)!;
  },
  'reports.submissions': ({ year }, { db }) => submissionSummaries(db, year),
  'reports.submission': ({ id }, { db, now }) => submissionDetail(db, id, now()),
  'reports.submissionList': (input, { db }) => frozenList(db, input),
};
