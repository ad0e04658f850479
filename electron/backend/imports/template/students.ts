import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { classes, cohorts, majors, projects, users } from '../../../../db/schema';
import type { ExportFile } from '../../../contract/export';
import { checkCharFor } from '../../../contract/idcard';
import { STUDENT_IMPORT_FIELDS, type StudentImportField } from '../../../contract/importStudents';
import { labelsIn } from '../../../contract/labels';
import type { Locale } from '../../../contract/messages';
import { uiText } from '../../export/catalog';
import { CHINA_OFFSET_MS } from '../../export/cells';
import { templateBook, type TemplateSpec } from './book';

/** Codes of digits: unless their column is text, Excel keeps 15 digits of them and drops leading zeros. */
const TEXT_FIELDS: readonly StudentImportField[] = ['studentNo', 'idNumber', 'phone', 'guardianPhone', 'bankAccount'];
const DATE_FIELDS: readonly StudentImportField[] = ['birthDate', 'enrolmentDate', 'statusDate'];

/** The register's names the import matches, and whether it may create one it does not find. */
const REGISTER_LISTS = [
  { key: 'project', creatable: false },
  { key: 'cohort', creatable: true },
  { key: 'major', creatable: true },
  { key: 'className', creatable: true },
  { key: 'counsellor', creatable: false },
] as const satisfies readonly { key: StudentImportField; creatable: boolean }[];
type RegisterList = (typeof REGISTER_LISTS)[number]['key'];

/** Names as people sort them: by pinyin, 2班 before 10班. */
export const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;
const distinct = (names: string[]) => [...new Set(names)];

function registerNames(db: Db): Record<RegisterList, string[]> {
  const sorted = (rows: { name: string }[]) => distinct(rows.map((r) => r.name)).sort(byName);
  return {
    project: sorted(db.select({ name: projects.name }).from(projects).all()),
    // the latest intakes first: the ones being filled in
    cohort: distinct(db.select({ name: cohorts.name }).from(cohorts).orderBy(desc(cohorts.intakeYear), cohorts.name).all().map((r) => r.name)),
    major: sorted(db.select({ name: majors.name }).from(majors).all()),
    className: sorted(db.select({ name: classes.name }).from(classes).all()),
    counsellor: sorted(
      db
        .select({ name: users.displayName })
        .from(users)
        .where(and(eq(users.role, 'counsellor'), eq(users.active, true)))
        .all(),
    ),
  };
}

interface Setting {
  project: string;
  cohort: string;
  year: number;
  major: string;
  className: string;
  counsellor: string;
}

/**
 * Where the examples are placed: the latest cohort and one of its classes, so that they read like
 * the students about to be entered; invented names where the register is still empty.
 */
function exampleSetting(db: Db, names: Record<RegisterList, string[]>, now: Date): Setting {
  const latest = db
    .select({ id: cohorts.id, name: cohorts.name, year: cohorts.intakeYear, project: projects.name })
    .from(cohorts)
    .innerJoin(projects, eq(projects.id, cohorts.projectId))
    .orderBy(desc(cohorts.intakeYear), desc(cohorts.id))
    .limit(1)
    .get();
  const klass = latest
    ? db
        .select({ name: classes.name, major: majors.name, teacher: users.displayName })
        .from(classes)
        .leftJoin(majors, eq(majors.id, classes.majorId))
        .leftJoin(users, eq(users.id, classes.headTeacherId))
        .where(eq(classes.cohortId, latest.id))
        .orderBy(classes.id)
        .limit(1)
        .get()
    : undefined;
  const year = latest?.year ?? new Date(now.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
  const teacher = klass?.teacher;
  return {
    project: latest?.project ?? names.project[0] ?? '广西百色',
    cohort: latest?.name ?? `${year}级`,
    year,
    major: klass?.major ?? names.major[0] ?? '汽车维修',
    className: klass?.name ?? `${String(year).slice(2)}级1班`,
    counsellor: teacher && names.counsellor.includes(teacher) ? teacher : (names.counsellor[0] ?? ''),
  };
}

type Example = Partial<Record<StudentImportField, string>>;

/** Two invented students with valid 身份证号 (田东县, born sixteen years before they enrol): a man with everything, a woman with only what is usual. */
function examples(s: Setting, note: string): Example[] {
  const zh = labelsIn('zh');
  const born = s.year - 16;
  const id = (birth: string, seq: string) => `451022${born}${birth}${seq}` + checkCharFor(`451022${born}${birth}${seq}`);
  const placed = { project: s.project, cohort: s.cohort, major: s.major, className: s.className, counsellor: s.counsellor };
  const school = { level: zh.level.intermediate, enrolmentDate: `${s.year}-09-01`, expectedGraduation: `${s.year + 3}-07`, dormitory: '是', notes: note };
  const home = { homeProvince: '广西', homeCity: '百色', homeCounty: '田东县' };
  return [
    {
      name: '黄小明',
      studentNo: `${s.year}010101`,
      gender: zh.gender.M,
      ethnicity: '壮族',
      idNumber: id('0315', '013'),
      birthDate: `${born}-03-15`,
      phone: '13807760123',
      ...home,
      homeTown: '平马镇',
      homeVillage: '那王村',
      povertyStatus: zh.povertyStatus.registered,
      guardianName: '黄大山',
      guardianRelation: '父亲',
      guardianPhone: '13907760456',
      priorEducation: zh.priorEducation.junior,
      ...placed,
      ...school,
      bankName: '中国农业银行',
      bankAccount: '6228480012345678901',
      bankAccountName: '黄小明',
    },
    {
      name: '韦丽芳',
      studentNo: `${s.year}010102`,
      gender: zh.gender.F,
      ethnicity: '壮族',
      idNumber: id('1107', '024'),
      phone: '13977612345',
      ...home,
      homeTown: '林逢镇',
      homeVillage: '东里村',
      povertyStatus: zh.povertyStatus.dibao,
      guardianName: '韦秀英',
      guardianRelation: '母亲',
      priorEducation: zh.priorEducation.junior,
      ...placed,
      ...school,
    },
  ];
}

/** The fixed choices, as the import reads them: the register's words in Chinese, whatever the user's language. */
function codeLists(): Partial<Record<StudentImportField, string[]>> {
  const zh = labelsIn('zh');
  return {
    gender: Object.values(zh.gender),
    povertyStatus: Object.values(zh.povertyStatus),
    priorEducation: Object.values(zh.priorEducation),
    level: Object.values(zh.level),
    dormitory: ['是', '否'],
    status: Object.values(zh.status),
  };
}

type Template = (db: Db, locale: Locale, now: Date) => ExportFile;

/** The student roster to fill in (学生导入模板.xlsx). */
export const studentTemplate: Template = (db, locale, now) => {
  const t = uiText(locale).importTemplate;
  const names = registerNames(db);
  const spec: TemplateSpec<StudentImportField> = {
    fields: STUDENT_IMPORT_FIELDS,
    texts: t.kinds.students,
    help: t.fields,
    textFields: TEXT_FIELDS,
    dateFields: DATE_FIELDS,
    codes: codeLists(),
    lists: REGISTER_LISTS.map((l) => ({ ...l, names: names[l.key] })),
    examples: examples(exampleSetting(db, names, now), t.example),
  };
  return templateBook(spec, t);
};

/** The columns of 银行账户和电话: found by 身份证号, the rest what is collected later. */
const BANK_FIELDS: readonly StudentImportField[] = ['name', 'idNumber', 'bankName', 'bankAccount', 'bankAccountName', 'phone', 'guardianPhone', 'notes'];

/** Bank accounts and phones collected after enrolment (银行账户导入模板.xlsx), imported as updates of the register's students. */
export const bankAccountTemplate: Template = (db, locale, now) => {
  const t = uiText(locale).importTemplate;
  const fields = BANK_FIELDS.map((key) => STUDENT_IMPORT_FIELDS.find((f) => f.key === key)!).map((f) => (f.key === 'name' ? { ...f, required: false } : f));
  const pick = (row: Example) => Object.fromEntries(BANK_FIELDS.map((k) => [k, row[k]])) as Example;
  const spec: TemplateSpec<StudentImportField> = {
    fields,
    texts: t.kinds.bankAccounts,
    help: t.fields,
    textFields: TEXT_FIELDS.filter((k) => BANK_FIELDS.includes(k)),
    dateFields: [],
    codes: {},
    lists: [],
    examples: examples(exampleSetting(db, registerNames(db), now), t.example).map((row, i) => pick(i === 1 ? { ...row, bankName: '中国农业银行', bankAccount: '6228480012345678919', bankAccountName: row.name } : row)),
  };
  return templateBook(spec, t);
};
