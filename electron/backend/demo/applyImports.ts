import { checkCharFor } from '../../contract/idcard';
import { academicYearOf } from '../../contract/schoolMonths';
import type { ImportCell } from '../../contract/importCells';
import type { ContractCaller } from '../rpc/caller';
import type { DemoClock } from './applyAllowances';
import type { StudentPlan } from './plan';

/** The newest intake hands in its bank cards in the first fortnight; the office imports the list on this day of September. */
const COLLECTED_ON = '09-15';
const FILE = '新生银行卡信息收集表.xlsx';
/** A card collected from someone who in the end did not enrol: the one row the import leaves out. */
const NOT_ENROLLED = { name: '罗春燕', idNumber: `45262720100512002${checkCharFor('45262720100512002')}` };

/**
 * The newest intake whose bank accounts the demo brings in by an import rather than with the
 * student: those enrolled this academic year once the cards are in (none before the 15th).
 */
export function collectedLater(students: readonly StudentPlan[], asOf: string): Set<StudentPlan> {
  const year = academicYearOf(asOf.slice(0, 7));
  if (asOf < `${year}-${COLLECTED_ON}`) return new Set();
  return new Set(students.filter((s) => s.cohort.intakeYear === year));
}

const text = (v: string): ImportCell => ({ t: 's', v });

/**
 * 导入: the intake's bank accounts from the counsellors' collection sheet, as the office would bring
 * it in (只更新已在册的学生), on the day it did, before the first living allowance is paid: one
 * import in the history, with one row refused (a student who did not enrol after all).
 */
export async function applyBankImport(admin: ContractCaller, clock: DemoClock, students: readonly StudentPlan[], asOf: string): Promise<void> {
  if (students.length === 0) return;
  const rows = [...students.map(({ fields }) => ({ ...fields, bankAccountName: fields.name })), { ...NOT_ENROLLED, bankName: '中国农业银行', bankAccount: '6228480086612345671', bankAccountName: NOT_ENROLLED.name }];
  const sheet = {
    fileName: FILE,
    sheetName: 'Sheet1',
    headers: { name: '姓名', idNumber: '身份证号码', bankName: '开户行', bankAccount: '银行卡号', bankAccountName: '户名' },
    date1904: false,
    createMissing: false,
    updateOnly: true,
    // a title on row 1, the headers on row 2
    rows: rows.map((r, i) => ({
      line: i + 3,
      cells: { name: text(r.name), idNumber: text(r.idNumber), bankName: text(r.bankName), bankAccount: text(r.bankAccount), bankAccountName: text(r.bankAccountName) },
    })),
  };
  clock.at = new Date(`${academicYearOf(asOf.slice(0, 7))}-${COLLECTED_ON}T08:30:00+08:00`);
  try {
    const preview = await admin.call('imports.previewStudents', sheet);
    const seen = preview.rows.flatMap((r) => (r.status === 'update' && r.studentId !== null && r.version !== null ? [{ studentId: r.studentId, version: r.version }] : []));
    await admin.call('imports.importStudents', { ...sheet, seen });
  } finally {
    clock.at = null;
  }
}
