import type { ExportFile } from '../../../contract/export';
import type { TemplateKind } from '../../../contract/imports';
import type { Locale } from '../../../contract/messages';
import type { Db } from '../../../../db/open';
import type { Handlers } from '../../rpc/context';
import { disbursementTemplate } from './disbursements';
import { placementTemplate } from './placements';
import { bankAccountTemplate, studentTemplate } from './students';

const TEMPLATES: Record<TemplateKind, (db: Db, locale: Locale, now: Date) => ExportFile> = {
  students: studentTemplate,
  bankAccounts: bankAccountTemplate,
  placements: placementTemplate,
  disbursements: disbursementTemplate,
};

export const templateHandlers: Handlers<'imports.template'> = {
  'imports.template': ({ kind }, ctx) => TEMPLATES[kind](ctx.db, ctx.locale, ctx.now()),
};
