import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { reportSubmissionFiles } from '../../../../db/schema';
import { SUBMISSION_PDF_MAX_BYTES } from '../../../contract/reportingSubmissions';
import type { Handlers } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { submissionPdf, submissionSummary } from './read';

const PDF_MAGIC = Buffer.from('%PDF-');

export const submissionPdfHandlers: Handlers<'reports.attachSubmissionPdf' | 'reports.submissionPdf'> = {
  'reports.attachSubmissionPdf': ({ id, fileName, base64 }, ctx) => {
    if (!submissionSummary(ctx.db, id)) throw new AppError('not_found');
    const attached = submissionPdf(ctx.db, id);
    if (attached) throw AppError.field('base64', 'report_pdf_exists', { fileName: attached.fileName });
    const content = Buffer.from(base64, 'base64');
    if (content.length > SUBMISSION_PDF_MAX_BYTES) throw AppError.field('base64', 'report_pdf_too_large', { max: `${SUBMISSION_PDF_MAX_BYTES / 1024 / 1024} MB` });
    if (!content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) throw AppError.field('base64', 'report_pdf_not_pdf');
    const sha256 = createHash('sha256').update(content).digest('hex');
    ctx.db
      .insert(reportSubmissionFiles)
      .values({ submissionId: id, fileName, size: content.length, sha256, content, userId: ctx.user.id, createdAt: ctx.now().toISOString() })
      .run();
    ctx.audit({ action: 'attach_pdf', entity: 'report_submission', entityId: id, after: { fileName, size: content.length, sha256 } });
    return submissionPdf(ctx.db, id)!;
  },
  'reports.submissionPdf': ({ id }, { db }) => {
    const file = db.select().from(reportSubmissionFiles).where(eq(reportSubmissionFiles.submissionId, id)).get();
    if (!file) throw new AppError('not_found');
    return { fileName: file.fileName, base64: file.content.toString('base64') };
  },
};
