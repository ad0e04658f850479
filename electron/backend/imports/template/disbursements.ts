import type { Db } from '../../../../db/open';
import type { ExportFile } from '../../../contract/export';
import { checkCharFor } from '../../../contract/idcard';
import { DISBURSEMENT_IMPORT_FIELDS, type DisbursementImportField } from '../../../contract/importDisbursements';
import type { Locale } from '../../../contract/messages';
import { uiText } from '../../export/catalog';
import { CHINA_OFFSET_MS } from '../../export/cells';
import { templateBook } from './book';

/** Two invented students with valid 身份证号 (田东县, seventeen this year), each paid one term's 国家助学金. */
function examples(now: Date, note: string): Partial<Record<DisbursementImportField, string>>[] {
  const born = new Date(now.getTime() + CHINA_OFFSET_MS).getUTCFullYear() - 17;
  const id = (birth: string, seq: string) => `451022${born}${birth}${seq}` + checkCharFor(`451022${born}${birth}${seq}`);
  return [
    { name: '黄小明', idNumber: id('0315', '013'), amount: '1000.00', notes: note },
    { name: '韦丽芳', idNumber: id('1107', '024'), amount: '1000.00', notes: note },
  ];
}

/**
 * A past 发放表 to fill (历史发放表导入模板.xlsx): who was paid and how much. The policy, period and
 * day paid are chosen on the page, one file per payment.
 */
export function disbursementTemplate(_db: Db, locale: Locale, now: Date): ExportFile {
  const t = uiText(locale).importTemplate;
  return templateBook<DisbursementImportField>(
    {
      fields: DISBURSEMENT_IMPORT_FIELDS,
      texts: t.kinds.disbursements,
      help: t.fields,
      textFields: ['idNumber'],
      dateFields: [],
      codes: {},
      lists: [],
      examples: examples(now, t.example),
    },
    t,
  );
}
