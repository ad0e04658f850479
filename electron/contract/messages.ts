/**
 * Messages the backend sends to users (errors and validation), in both UI languages.
 * `{name}` placeholders are filled from the error's params.
 */
import { labelOf, type LabelSet } from './labels';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const zh = {
  invalid_input: '输入有误，请检查标出的字段',
  unauthenticated: '登录已过期，请重新登录',
  forbidden: '您的角色无权执行此操作',
  not_found: '记录不存在或已被删除',
  conflict: '该记录已被{user}于{at}修改，您的修改未保存。请刷新后重新编辑',
  duplicate: '{value}已存在：{existing}',
  unknown_method: '未知的操作：{method}',
  bad_credentials: '用户名或密码错误',
  too_many_attempts: '密码错误次数过多，请{minutes}分钟后再试',
  setup_done: '管理员账户已创建，请直接登录',
  invalid_transition: '当前状态“{from}”不能办理“{event}”',
  in_use: '该记录仍被{count}{what}使用，不能删除',
  internal: '系统内部错误，操作未完成，数据未改动。请联系管理员',
  unavailable: '数据服务暂时不可用，操作未执行，数据未改动。请稍后重试；如一再出现，请重新启动本程序',
  interrupted: '数据服务在处理这项操作时中断或长时间没有响应，未能得到结果。保存类操作要么已完整保存、要么完全没有保存：请刷新页面查看后再决定是否重做',
  db_cannot_open: '无法打开数据库文件 {file}：{reason}',
  db_not_a_database: '文件 {file} 不是本系统的数据库（或已损坏），未做任何改动',
  db_locked: '数据库文件 {file} 正被其他程序占用，请关闭占用它的程序后重试',
  db_migration_failed: '数据库升级失败，已回滚，数据未改动（{file}）。原因：{reason}',
  db_migration_failed_backup: '数据库升级失败，已回滚，数据未改动（{file}）；升级前备份：{backup}。原因：{reason}',
  db_too_new: '数据库 {file} 由 {version} 版写入，本程序（{current} 版）较旧，不能打开，数据未改动。请安装 {version} 或更高版本',
  db_too_new_unknown: '数据库 {file} 由更新版本的本系统写入，本程序（{current} 版）较旧，不能打开，数据未改动。请安装最新版本',
  required: '必填',
  too_long: '内容过长（最多{max}个字符）',
  invalid_chars: '含有不可见的控制字符，请删除后再保存',
  invalid_value: '取值无效',
  date_format: '日期格式应为 YYYY-MM-DD 且为有效日期',
  month_format: '月份格式应为 YYYY-MM',
  phone_format: '电话格式不正确（手机11位，或区号-号码）',
  id_legacy15: '15位旧身份证号不受理，请填写18位身份证号',
  id_length: '身份证号应为18位',
  id_chars: '身份证号前17位应为数字，最后一位为数字或X',
  id_birthdate: '身份证号中的出生日期无效',
  id_checksum: '身份证号校验位错误，请核对',
  birth_mismatch: '出生日期与身份证号不一致（应为{expected}）',
  gender_mismatch: '性别与身份证号不一致（应为{expected}）',
  password_short: '密码至少8位',
  duplicate_id_number: '该身份证号已登记：{name}（{place}）',
  duplicate_student_no: '该学号已登记：{name}（{place}）',
  student_no_format: '学号只能包含字母、数字和连字符',
  class_cohort_mismatch: '所选班级属于另一批次（{cohort}）',
  enrolment_before_birth: '入学日期应晚于出生日期 {birthDate}',
  warn_name_chars: '姓名通常只有汉字（少数民族姓名用“·”连接），请核对',
  warn_enrolment_age: '入学时{age}岁，不在常见的{min}–{max}岁之间，请核对出生日期和入学日期',
  status_date_order: '日期不能早于上次状态变动日期 {date}',
  status_date_future: '日期不能晚于今天（{today}）',
  status_not_latest: '只能更正或撤销最近一次有效的状态变动',
  status_void_enrol: '入学记录不能撤销；入学日期请在编辑学生信息时修改',
  preview_stale: '预览之后，{names}等 {count} 名学生的记录有变动，未做任何更改。请重新预览后再确认',
  bulk_too_many: '一次最多处理 {max} 名学生，当前选中 {count} 名，请缩小范围',
  roster_too_many: '花名册一次最多打印 {max} 名学生，当前筛选出 {count} 名，请先筛选（如按批次或班级）',
  export_too_many: '一次最多导出 {max} 条记录，当前筛选出 {count} 条，请缩小筛选范围（如按日期）',
  bulk_same_counsellor: '班主任已是{name}',
  bulk_same_class: '已在{name}',
  duplicate_value: '{field}“{value}”已存在',
  duplicate_username: '用户名已被“{existing}”使用',
  wrong_password: '当前密码不正确',
  password_same: '新密码不能与当前密码相同',
  password_change_required: '请先修改密码：管理员设置的初始密码须由您本人更改后才能继续使用',
  bank_account_format: '银行账号应为8至30位数字',
  username_format: '用户名只能包含字母、数字、点、下划线和连字符',
  cohort_project_mismatch: '所选批次不属于所选项目',
  year_range: '年份应在2000至2100之间',
  months_empty: '至少选择一个在校月份',
  date_order: '日期不能早于入学日期',
  last_admin: '不能停用或降级最后一个管理员',
  not_counsellor: '所选用户不是班主任/辅导员',
  entity_student: '学生',
  entity_students: '名学生',
  entity_classes: '个班级',
  entity_cohorts: '个批次',
  field_idNumber: '身份证号',
  field_username: '用户名',
  field_name: '名称',
  field_intakeYear: '入学年份',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  invalid_input: 'Some fields are not valid; please check the marked fields',
  unauthenticated: 'Your session has expired; please sign in again',
  forbidden: 'Your role may not do this',
  not_found: 'The record does not exist or was deleted',
  conflict: '{user} changed this record at {at}; your changes were not saved. Reload and edit again',
  duplicate: '{value} already exists: {existing}',
  unknown_method: 'Unknown operation: {method}',
  bad_credentials: 'Wrong user name or password',
  too_many_attempts: 'Too many wrong passwords; try again in {minutes} minutes',
  setup_done: 'The administrator already exists; please sign in',
  invalid_transition: 'A student who is "{from}" cannot be given "{event}"',
  in_use: 'Still used by {count} {what}; it cannot be deleted',
  internal: 'Internal error: nothing was changed. Please tell the administrator',
  unavailable: 'The data service is not available right now; nothing was done or changed. Try again shortly; if this keeps happening, restart the app',
  interrupted: 'The data service stopped or did not answer while doing this. A save is either complete or not made at all: reload the page to see which before doing it again',
  db_cannot_open: 'Cannot open the database file {file}: {reason}',
  db_not_a_database: 'The file {file} is not this app\'s database (or is damaged); nothing was changed',
  db_locked: 'The database file {file} is in use by another program; close it and try again',
  db_migration_failed: 'Upgrading the database failed and was rolled back; nothing was changed ({file}). Reason: {reason}',
  db_migration_failed_backup: 'Upgrading the database failed and was rolled back; nothing was changed ({file}); backup from before: {backup}. Reason: {reason}',
  db_too_new: 'The database {file} was written by version {version}; this older version ({current}) cannot open it and changed nothing. Install version {version} or later',
  db_too_new_unknown: 'The database {file} was written by a newer version of this app; this version ({current}) cannot open it and changed nothing. Install the latest version',
  required: 'Required',
  too_long: 'Too long (at most {max} characters)',
  invalid_chars: 'Contains invisible control characters; remove them and save again',
  invalid_value: 'Invalid value',
  date_format: 'Use a real date as YYYY-MM-DD',
  month_format: 'Use YYYY-MM',
  phone_format: 'Phone: 11-digit mobile, or area code-number',
  id_legacy15: '15-digit legacy ID numbers are not accepted; enter the 18-digit number',
  id_length: 'The ID number must have 18 characters',
  id_chars: 'The first 17 characters must be digits, the last a digit or X',
  id_birthdate: 'The birth date inside the ID number is not valid',
  id_checksum: 'The ID number check character is wrong; please check it',
  birth_mismatch: 'Birth date does not match the ID number (should be {expected})',
  gender_mismatch: 'Gender does not match the ID number (should be {expected})',
  password_short: 'At least 8 characters',
  duplicate_id_number: 'This ID number is already registered: {name} ({place})',
  duplicate_student_no: 'This student number is already registered: {name} ({place})',
  student_no_format: 'Student number: letters, digits and hyphens only',
  class_cohort_mismatch: 'The chosen class belongs to another cohort ({cohort})',
  enrolment_before_birth: 'Enrolment must be after the birth date {birthDate}',
  warn_name_chars: 'Names are usually Chinese characters only (minority names joined by “·”); please check',
  warn_enrolment_age: 'Aged {age} at enrolment, outside the usual {min}–{max}; please check the birth and enrolment dates',
  status_date_order: 'Cannot be before the last status change on {date}',
  status_date_future: 'Cannot be after today ({today})',
  status_not_latest: 'Only the latest status change still in effect can be corrected or withdrawn',
  status_void_enrol: 'The enrolment cannot be withdrawn; change the enrolment date by editing the student',
  preview_stale: 'Since the preview, {count} of the students changed ({names}); nothing was changed. Preview again, then confirm',
  bulk_too_many: 'At most {max} students at a time; {count} are selected. Narrow the selection',
  roster_too_many: 'A roster prints at most {max} students; the filter finds {count}. Narrow it first (by cohort or class, say)',
  export_too_many: 'An export holds at most {max} records; the filter finds {count}. Narrow it (by dates, say)',
  bulk_same_counsellor: 'Already with {name}',
  bulk_same_class: 'Already in {name}',
  duplicate_value: '{field} "{value}" already exists',
  duplicate_username: 'User name already used by "{existing}"',
  wrong_password: 'The current password is wrong',
  password_same: 'The new password must differ from the current one',
  password_change_required: 'Choose your own password first: the one an administrator set must be changed before you go on',
  bank_account_format: 'Bank account: 8 to 30 digits',
  username_format: 'Letters, digits, dot, underscore and hyphen only',
  cohort_project_mismatch: 'The cohort does not belong to the chosen project',
  year_range: 'Year must be between 2000 and 2100',
  months_empty: 'Choose at least one month in school',
  date_order: 'Cannot be before the enrolment date',
  last_admin: 'The last administrator cannot be disabled or demoted',
  not_counsellor: 'The chosen user is not a counsellor',
  entity_student: 'student',
  entity_students: 'students',
  entity_classes: 'classes',
  entity_cohorts: 'cohorts',
  field_idNumber: 'ID number',
  field_username: 'User name',
  field_name: 'Name',
  field_intakeYear: 'Intake year',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

/** The caller's language; anything that is not a language tag (a number, an object from a bad request) gets the default. */
export function resolveLocale(raw: unknown): Locale {
  return typeof raw === 'string' && raw.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

/** A parameter is a plain value, another message, or a code's label (a status name…), shown in the same language. */
export type MessageParam = string | number | { key: MessageKey } | { label: LabelSet; code: string };
export type MessageParams = Record<string, MessageParam>;

export function formatMessage(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    if (typeof value !== 'object') return String(value);
    return 'key' in value ? catalogs[locale][value.key] : labelOf(value.label, value.code, locale === 'en' ? 'en' : 'zh');
  });
}
