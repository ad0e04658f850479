/**
 * Messages the backend sends to users (errors and validation), in both UI languages.
 * `{name}` placeholders are filled from the error's params.
 */
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
  db_cannot_open: '无法打开数据库文件 {file}：{reason}',
  db_not_a_database: '文件 {file} 不是本系统的数据库（或已损坏），未做任何改动',
  db_locked: '数据库文件 {file} 正被其他程序占用，请关闭占用它的程序后重试',
  db_migration_failed: '数据库升级失败，已回滚，数据未改动（{file}）。原因：{reason}',
  db_migration_failed_backup: '数据库升级失败，已回滚，数据未改动（{file}）；升级前备份：{backup}。原因：{reason}',
  required: '必填',
  too_long: '内容过长',
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
  duplicate_id_number: '该身份证号已登记：{name}（学生编号 {id}）',
  status_date_order: '日期不能早于上次状态变动日期 {date}',
  duplicate_value: '已存在相同的记录',
  duplicate_username: '用户名已被“{existing}”使用',
  wrong_password: '当前密码不正确',
  bank_account_format: '银行账号应为8至30位数字',
  username_format: '用户名只能包含字母、数字、点、下划线和连字符',
  cohort_project_mismatch: '所选批次不属于所选项目',
  year_range: '年份应在2000至2100之间',
  months_empty: '至少选择一个在校月份',
  date_order: '日期不能早于入学日期',
  last_admin: '不能停用或降级最后一个管理员',
  not_counsellor: '所选用户不是班主任/辅导员',
  gender_M: '男',
  gender_F: '女',
  status_enrolled: '在读',
  status_suspended: '休学',
  status_withdrawn: '退学/流失',
  status_graduated: '毕业',
  status_completed: '结业',
  event_enrol: '入学',
  event_suspend: '休学',
  event_resume: '复学',
  event_withdraw: '退学',
  event_graduate: '毕业',
  event_complete: '结业',
  entity_student: '学生',
  entity_students: '名学生',
  entity_classes: '个班级',
  entity_cohorts: '个批次',
  field_idNumber: '身份证号',
  field_username: '用户名',
  field_name: '名称',
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
  db_cannot_open: 'Cannot open the database file {file}: {reason}',
  db_not_a_database: 'The file {file} is not this app\'s database (or is damaged); nothing was changed',
  db_locked: 'The database file {file} is in use by another program; close it and try again',
  db_migration_failed: 'Upgrading the database failed and was rolled back; nothing was changed ({file}). Reason: {reason}',
  db_migration_failed_backup: 'Upgrading the database failed and was rolled back; nothing was changed ({file}); backup from before: {backup}. Reason: {reason}',
  required: 'Required',
  too_long: 'Too long',
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
  duplicate_id_number: 'This ID number is already registered: {name} (student no. {id})',
  status_date_order: 'Cannot be before the last status change on {date}',
  duplicate_value: 'Already exists',
  duplicate_username: 'User name already used by "{existing}"',
  wrong_password: 'The current password is wrong',
  bank_account_format: 'Bank account: 8 to 30 digits',
  username_format: 'Letters, digits, dot, underscore and hyphen only',
  cohort_project_mismatch: 'The cohort does not belong to the chosen project',
  year_range: 'Year must be between 2000 and 2100',
  months_empty: 'Choose at least one month in school',
  date_order: 'Cannot be before the enrolment date',
  last_admin: 'The last administrator cannot be disabled or demoted',
  not_counsellor: 'The chosen user is not a counsellor',
  gender_M: 'male',
  gender_F: 'female',
  status_enrolled: 'in school',
  status_suspended: 'on leave',
  status_withdrawn: 'withdrawn',
  status_graduated: 'graduated',
  status_completed: 'completed',
  event_enrol: 'enrol',
  event_suspend: 'leave',
  event_resume: 'return',
  event_withdraw: 'withdraw',
  event_graduate: 'graduate',
  event_complete: 'complete',
  entity_student: 'student',
  entity_students: 'students',
  entity_classes: 'classes',
  entity_cohorts: 'cohorts',
  field_idNumber: 'ID number',
  field_username: 'User name',
  field_name: 'Name',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

export function resolveLocale(raw: string | undefined): Locale {
  return raw && raw.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

/** A parameter is a plain value, or another message (e.g. a status name) shown in the same language. */
export type MessageParam = string | number | { key: MessageKey };
export type MessageParams = Record<string, MessageParam>;

export function formatMessage(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'object' ? catalogs[locale][value.key] : String(value);
  });
}
