import { useTranslation } from 'react-i18next';
import type { SheetSigners } from '../../../electron/contract/allowanceSheets';
import { dayText } from './sheetText';

/**
 * The foot of a 发放表 or 汇总表: 制表人, 审核人 and 负责人 by name once they have acted, else a line
 * to sign on, and the day of approval (a line to write it on before then).
 */
export function Signers({ signers }: { signers: SheetSigners }) {
  const { t } = useTranslation('allowances');
  const named = (label: string, name: string | null) => (
    <span className="sheet-signer">
      {label}
      {name ?? <span className="sheet-blank" />}
    </span>
  );
  return (
    <div className="sheet-signers">
      {named(t('sheets.signers.preparedBy'), signers.preparedBy)}
      {named(t('sheets.signers.reviewedBy'), signers.reviewedBy)}
      {named(t('sheets.signers.approvedBy'), signers.approvedBy)}
      {named(t('sheets.signers.date'), signers.approvedOn && dayText(signers.approvedOn))}
    </div>
  );
}
