import { z } from 'zod';
import { method } from './define';
import type { ImportField } from './importHeaders';
import { importSheet, seenVersions, type ImportDone, type ImportPreview, type ImportRow } from './importRows';
import { STATUS_READS } from './org';
import { REGISTER_EDITORS } from './roles';

/**
 * The columns a student roster may have, and the headers offices give them. The first header is
 * the template's and the register export's own (so an export imports back unchanged); the others
 * are what the office's old workbooks, WPS forms and other schools' lists were seen to use.
 * Headers compare without spaces, brackets or marks (importHeaders.ts: 省（自治区） is 省).
 * Projects, cohorts, majors, classes and counsellors come by name, matched to the register's.
 */
export const STUDENT_IMPORT_FIELDS = [
  { key: 'name', headers: ['姓名', '学生姓名', '学员姓名'], required: true },
  { key: 'studentNo', headers: ['学号', '学籍号'] },
  { key: 'gender', headers: ['性别'] },
  { key: 'ethnicity', headers: ['民族'] },
  { key: 'idNumber', headers: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证'], required: true },
  { key: 'birthDate', headers: ['出生日期', '出生年月', '出生年月日'] },
  { key: 'phone', headers: ['联系电话', '手机', '手机号', '手机号码', '学生电话', '电话'] },
  { key: 'homeProvince', headers: ['省（自治区）', '户籍省', '省份'] },
  { key: 'homeCity', headers: ['市（州）', '户籍市', '地市'] },
  { key: 'homeCounty', headers: ['县（区）', '区县', '县区', '户籍县'] },
  { key: 'homeTown', headers: ['乡（镇）', '乡镇', '镇'] },
  { key: 'homeVillage', headers: ['村（社区）', '村居', '村组'] },
  { key: 'povertyStatus', headers: ['家庭困难类型', '困难类型', '帮扶类型', '家庭类别'], required: true },
  { key: 'guardianName', headers: ['监护人姓名', '监护人', '家长姓名'] },
  { key: 'guardianRelation', headers: ['与学生关系', '关系', '监护人关系'] },
  { key: 'guardianPhone', headers: ['监护人电话', '家长电话', '监护人联系电话'] },
  { key: 'priorEducation', headers: ['入学前学历', '原学历', '学历'], required: true },
  { key: 'project', headers: ['帮扶项目', '项目'], required: true },
  { key: 'cohort', headers: ['批次', '年级'], required: true },
  { key: 'major', headers: ['专业', '所学专业'] },
  { key: 'level', headers: ['培养层次', '层次'], required: true },
  { key: 'className', headers: ['班级', '所在班级'] },
  { key: 'enrolmentDate', headers: ['入学日期', '入学时间', '入学年月'], required: true },
  { key: 'expectedGraduation', headers: ['预计毕业年月', '预计毕业', '毕业年月'] },
  { key: 'counsellor', headers: ['班主任/辅导员', '班主任', '辅导员'] },
  { key: 'dormitory', headers: ['住校', '是否住校', '住宿', '是否住宿'] },
  { key: 'bankName', headers: ['开户银行', '开户行', '银行'] },
  { key: 'bankAccount', headers: ['银行账号', '银行卡号', '账号', '卡号'] },
  { key: 'bankAccountName', headers: ['开户名', '户名', '账户名'] },
  { key: 'notes', headers: ['备注'] },
  /** for students new to the register: where they stand now (毕业 2019-07-01), as the export writes it */
  { key: 'status', headers: ['学籍状态', '状态'] },
  { key: 'statusDate', headers: ['状态变动日期', '变动日期'] },
] as const satisfies readonly ImportField[];

export type StudentImportField = (typeof STUDENT_IMPORT_FIELDS)[number]['key'];

const FIELD_KEYS = STUDENT_IMPORT_FIELDS.map((f) => f.key) as [StudentImportField, ...StudentImportField[]];

export const studentSheet = importSheet(FIELD_KEYS).extend({
  /** make the cohorts, majors and classes the file names that the register does not have yet */
  createMissing: z.boolean().default(false),
  /**
   * only bring the register's students up to date (bank accounts and phones collected later):
   * a record whose 身份证号 is not in the register is refused, not added
   */
  updateOnly: z.boolean().default(false),
});
export type StudentSheet = z.output<typeof studentSheet>;

export type StudentImportRow = ImportRow<StudentImportField>;

/** The register's groups the file names that do not exist yet: made in the same step when the user agrees. */
export interface MissingGroups {
  cohorts: { project: string; name: string }[];
  majors: string[];
  classes: { name: string; cohort: string }[];
}

export interface StudentImportPreview extends ImportPreview<StudentImportField> {
  missing: MissingGroups;
}

export const importStudentsMethods = {
  /** what importing the sheet would do, record by record; writes nothing */
  'imports.previewStudents': method<StudentImportPreview>()({ input: studentSheet, roles: REGISTER_EDITORS, write: false }),
  /**
   * The records without problems, in one transaction after a backup: refused whole if a student an
   * update changes was edited after the preview (`seen`: the versions it showed).
   */
  'imports.importStudents': method<ImportDone>()({
    input: studentSheet.extend({ seen: seenVersions }),
    roles: REGISTER_EDITORS,
    write: true,
    affects: [...STATUS_READS, 'imports'],
  }),
};
