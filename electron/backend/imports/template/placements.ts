import type { Db } from '../../../../db/open';
import { companies } from '../../../../db/schema';
import type { ExportFile } from '../../../contract/export';
import { checkCharFor } from '../../../contract/idcard';
import { PLACEMENT_IMPORT_FIELDS, type PlacementImportField } from '../../../contract/importPlacements';
import { labelsIn } from '../../../contract/labels';
import type { Locale } from '../../../contract/messages';
import { uiText } from '../../export/catalog';
import { CHINA_OFFSET_MS } from '../../export/cells';
import { templateBook, type TemplateSpec } from './book';
import { byName } from './students';

type Example = Partial<Record<PlacementImportField, string>>;

/** The latest class to have graduated (in July) by today, China time. */
function graduationYear(now: Date): number {
  const today = new Date(now.getTime() + CHINA_OFFSET_MS);
  return today.getUTCMonth() >= 6 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

/**
 * Two invented graduates of the latest class with valid 身份证号 (田东县, nineteen when they graduate):
 * a man employed under contract with everything filled in, a woman gone on to further study with only what that needs.
 */
function examples(year: number, company: string, note: string): Example[] {
  const zh = labelsIn('zh');
  const born = year - 19;
  const id = (birth: string, seq: string) => `451022${born}${birth}${seq}` + checkCharFor(`451022${born}${birth}${seq}`);
  return [
    {
      name: '农志强',
      idNumber: id('0618', '031'),
      outcome: zh.outcome.contract,
      company,
      industry: '制造业',
      position: '装配技术员',
      province: '广东',
      city: '深圳',
      relatedToMajor: '是',
      startDate: `${year}-07-15`,
      salary: '5200',
      contractKind: zh.contractKind.fixed,
      socialInsurance: '是',
      channel: zh.channel.school,
      notes: note,
    },
    { name: '黄美玲', idNumber: id('0923', '042'), outcome: zh.outcome.further_study, relatedToMajor: '是', notes: note },
  ];
}

/** The fixed choices, as the import reads them: the app's words in Chinese, whatever the user's language. */
function codeLists(): Partial<Record<PlacementImportField, string[]>> {
  const zh = labelsIn('zh');
  return {
    outcome: Object.values(zh.outcome),
    destination: Object.values(zh.destination),
    relatedToMajor: ['是', '否'],
    contractKind: Object.values(zh.contractKind),
    socialInsurance: ['是', '否'],
    channel: Object.values(zh.channel),
  };
}

/** Graduates' placements to fill in (就业去向导入模板.xlsx): employers from 企业名录 to pick, or new ones the import can add. */
export function placementTemplate(db: Db, locale: Locale, now: Date): ExportFile {
  const t = uiText(locale).importTemplate;
  const names = db.select({ name: companies.name }).from(companies).all().map((c) => c.name).sort(byName);
  const spec: TemplateSpec<PlacementImportField> = {
    fields: PLACEMENT_IMPORT_FIELDS,
    texts: t.kinds.placements,
    help: t.fields,
    textFields: ['idNumber'],
    dateFields: ['startDate'],
    codes: codeLists(),
    lists: [{ key: 'company', names, creatable: true }],
    examples: examples(graduationYear(now), names[0] ?? '深圳市汇川技术股份有限公司', t.example),
  };
  return templateBook(spec, t);
}
