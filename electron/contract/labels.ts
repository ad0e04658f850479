import type { BATCH_STATUSES, LEFT_OUT_REASONS } from './allowanceBatches';
import type { ELIGIBILITIES, POLICY_KINDS, POLICY_PERIODS } from './allowancePolicies';
import type { StepAction } from './allowanceWorkflow';
import type { HardshipStatus } from './hardship';
import type { InternshipDocument, InternshipKind } from './internships';
import type { VisitMethod, VisitRating } from './internshipVisits';
import type { CHANNELS, CONTRACT_KINDS, Destination, Outcome } from './placements';
import { BANK_LABELS } from './bankLabels';
import type { ACADEMIC_STANDINGS, CHECKIN_METHODS, HEALTH_STATES, HELP_KINDS, MENTAL_STATES, RISKS } from './checkins';
import type { PROJECT_MODELS } from './org';
import type { Role } from './roles';
import type { WarningRule } from './warnings';
import type { GENDERS, LEVELS, POVERTY_STATUSES, PRIOR_EDUCATIONS, StatusEvent, StudentStatus } from './students';

/**
 * What each stored code reads as, in both languages: the one source for the UI, the backend's
 * messages, the audit log and the command line. A code set is added here, not copied.
 */
type Words<Code extends string> = Record<Code, { zh: string; en: string }>;

export const LABELS = {
  role: {
    admin: { zh: '管理员', en: 'Administrator' },
    office: { zh: '帮扶办', en: 'Programme office' },
    counsellor: { zh: '班主任/辅导员', en: 'Counsellor' },
    finance: { zh: '财务', en: 'Finance' },
    viewer: { zh: '领导/只读', en: 'Leader / read-only' },
  } satisfies Words<Role>,
  gender: { M: { zh: '男', en: 'Male' }, F: { zh: '女', en: 'Female' } } satisfies Words<(typeof GENDERS)[number]>,
  povertyStatus: {
    registered: { zh: '建档立卡', en: 'Registered poor household' },
    dibao: { zh: '低保', en: 'Minimum living allowance' },
    tekun: { zh: '特困', en: 'Extreme hardship' },
    monitored: { zh: '脱贫监测', en: 'Post-poverty monitoring' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Words<(typeof POVERTY_STATUSES)[number]>,
  priorEducation: {
    junior: { zh: '初中', en: 'Junior secondary' },
    senior: { zh: '高中', en: 'Senior secondary' },
  } satisfies Words<(typeof PRIOR_EDUCATIONS)[number]>,
  level: {
    intermediate: { zh: '中级工', en: 'Intermediate worker' },
    advanced: { zh: '高级工', en: 'Senior worker' },
    technician: { zh: '预备技师（技师）', en: 'Preparatory technician' },
  } satisfies Words<(typeof LEVELS)[number]>,
  status: {
    enrolled: { zh: '在读', en: 'In school' },
    suspended: { zh: '休学', en: 'On leave' },
    withdrawn: { zh: '退学/流失', en: 'Withdrawn' },
    graduated: { zh: '毕业', en: 'Graduated' },
    completed: { zh: '结业', en: 'Completed' },
  } satisfies Words<StudentStatus>,
  event: {
    enrol: { zh: '入学', en: 'Enrol' },
    suspend: { zh: '休学', en: 'Leave' },
    resume: { zh: '复学', en: 'Return' },
    withdraw: { zh: '退学', en: 'Withdraw' },
    graduate: { zh: '毕业', en: 'Graduate' },
    complete: { zh: '结业', en: 'Complete' },
  } satisfies Words<StatusEvent>,
  /** what the audit log records: the kinds of record (an area adds its own) and what was done */
  auditEntity: {
    student: { zh: '学生', en: 'Student' },
    user: { zh: '用户', en: 'User' },
    project: { zh: '帮扶项目', en: 'Project' },
    cohort: { zh: '批次', en: 'Cohort' },
    major: { zh: '专业', en: 'Major' },
    class: { zh: '班级', en: 'Class' },
    settings: { zh: '基本设置', en: 'Settings' },
    audit: { zh: '审计日志', en: 'Audit log' },
    checkin: { zh: '月度监测', en: 'Monthly check-in' },
    allowance_policy: { zh: '资助项目', en: 'Allowance policy' },
    allowance_batch: { zh: '发放批次', en: 'Allowance batch' },
    hardship_request: { zh: '困难补助申请', en: 'Hardship request' },
    bank_template: { zh: '银行模板', en: 'Bank template' },
    company: { zh: '企业', en: 'Company' },
    internship: { zh: '实习', en: 'Internship' },
    internship_visit: { zh: '实习走访', en: 'Internship visit' },
    placement: { zh: '就业去向', en: 'Placement' },
    placement_follow_up: { zh: '跟踪回访', en: 'Follow-up' },
    training: { zh: '短期培训', en: 'Short course' },
    import: { zh: '导入', en: 'Import' },
    backup: { zh: '备份', en: 'Backup' },
    data_package: { zh: '数据包', en: 'Data package' },
    session: { zh: '登录会话', en: 'Session' },
    network: { zh: '局域网', en: 'Office network' },
    report: { zh: '统计报表', en: 'Report' },
    report_submission: { zh: '报送记录', en: 'Report submission' },
  },
  auditAction: {
    create: { zh: '新建', en: 'Create' },
    update: { zh: '修改', en: 'Update' },
    delete: { zh: '删除', en: 'Delete' },
    status: { zh: '状态变动', en: 'Status change' },
    status_void: { zh: '撤销状态变动', en: 'Void status change' },
    status_correct: { zh: '更正状态变动', en: 'Correct status change' },
    bulk_status: { zh: '批量学籍变动', en: 'Bulk status change' },
    bulk_counsellor: { zh: '批量分配班主任', en: 'Bulk counsellor assignment' },
    bulk_class: { zh: '批量调整班级', en: 'Bulk class move' },
    quick_normal: { zh: '批量记为正常', en: 'Several logged as normal' },
    follow_up_done: { zh: '完成跟进', en: 'Follow-up done' },
    review_warning: { zh: '预警已阅', en: 'Warning reviewed' },
    add_rate: { zh: '调整标准', en: 'New rate' },
    submit: { zh: '提交', en: 'Submit' },
    attach_pdf: { zh: '附上所发PDF', en: 'Attach PDF as sent' },
    review: { zh: '复核', en: 'Review' },
    approve: { zh: '审批', en: 'Approve' },
    return: { zh: '退回', en: 'Return' },
    notice: { zh: '公示', en: 'Public notice' },
    pay: { zh: '发放', en: 'Pay' },
    add_line: { zh: '增加明细', en: 'Add line' },
    change_line: { zh: '修改明细', en: 'Change line' },
    remove_line: { zh: '删除明细', en: 'Remove line' },
    reversal: { zh: '冲减', en: 'Reversal' },
    objection: { zh: '登记异议', en: 'Objection' },
    decide: { zh: '审批申请', en: 'Decide request' },
    merge: { zh: '合并', en: 'Merge' },
    login: { zh: '登录', en: 'Sign in' },
    logout: { zh: '退出登录', en: 'Sign out' },
    reset_password: { zh: '重置密码', en: 'Reset password' },
    change_password: { zh: '修改密码', en: 'Change password' },
    export: { zh: '导出', en: 'Export' },
    import: { zh: '导入', en: 'Import' },
    undo: { zh: '撤销', en: 'Undo' },
    print: { zh: '打印', en: 'Print' },
    bank_file: { zh: '生成代发文件', en: 'Bank file' },
    restore: { zh: '恢复', en: 'Restore' },
    end_session: { zh: '强制退出登录', en: 'Signed out by the administrator' },
    host_on: { zh: '开启主机模式', en: 'Host mode on' },
    host_off: { zh: '关闭主机模式', en: 'Host mode off' },
    autostart_on: { zh: '开机时启动', en: 'Start with Windows on' },
    autostart_off: { zh: '取消开机时启动', en: 'Start with Windows off' },
  },
  /** why the early warning flags a student (预警) */
  warningRule: {
    high_now: { zh: '本月高风险', en: 'High risk now' },
    watch_twice: { zh: '连续两次关注', en: 'Watch twice in a row' },
    attendance_low: { zh: '出勤率偏低', en: 'Low attendance' },
    attendance_falling: { zh: '出勤率下降', en: 'Attendance falling' },
    more_failing: { zh: '不及格课程增多', en: 'More failing courses' },
    money_and_family: { zh: '经济困难且家庭变故', en: 'Money trouble and a family event' },
    missed: { zh: '漏填月度监测', en: 'Missed check-ins' },
  } satisfies Words<WarningRule>,
  projectModel: {
    '1+2': { zh: '1+2（当地1年，来深2年）', en: '1+2 (1 year at home, 2 in Shenzhen)' },
    '3+2': { zh: '3+2（当地3年，来深2年）', en: '3+2 (3 years at home, 2 in Shenzhen)' },
    full_time: { zh: '全日制在深', en: 'Full-time in Shenzhen' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Words<(typeof PROJECT_MODELS)[number]>,
  /** the same, where a table column has little room */
  projectModelShort: {
    '1+2': { zh: '1+2', en: '1+2' },
    '3+2': { zh: '3+2', en: '3+2' },
    full_time: { zh: '全日制在深', en: 'Full-time' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Words<(typeof PROJECT_MODELS)[number]>,
  checkinMethod: {
    in_person: { zh: '面谈', en: 'In person' },
    phone: { zh: '电话', en: 'Phone' },
    home_visit: { zh: '家访', en: 'Home visit' },
    online: { zh: '线上', en: 'Online' },
  } satisfies Words<(typeof CHECKIN_METHODS)[number]>,
  academic: {
    good: { zh: '良好', en: 'Good' },
    fair: { zh: '一般', en: 'Fair' },
    weak: { zh: '较差', en: 'Weak' },
  } satisfies Words<(typeof ACADEMIC_STANDINGS)[number]>,
  health: {
    good: { zh: '良好', en: 'Good' },
    minor: { zh: '小病小伤', en: 'Minor problem' },
    serious: { zh: '严重', en: 'Serious' },
  } satisfies Words<(typeof HEALTH_STATES)[number]>,
  mental: {
    stable: { zh: '稳定', en: 'Stable' },
    watch: { zh: '需留意', en: 'Needs watching' },
    concern: { zh: '令人担忧', en: 'Of concern' },
  } satisfies Words<(typeof MENTAL_STATES)[number]>,
  risk: {
    normal: { zh: '正常', en: 'Normal' },
    watch: { zh: '关注', en: 'Watch' },
    high: { zh: '高风险', en: 'High risk' },
  } satisfies Words<(typeof RISKS)[number]>,
  help: {
    change_major: { zh: '调整专业', en: 'Change of major' },
    tutoring: { zh: '课程辅导', en: 'Course tutoring' },
    more_practice: { zh: '加强实训', en: 'More practical training' },
    counselling: { zh: '心理辅导', en: 'Counselling' },
    family_contact: { zh: '家校沟通', en: 'Contact with the family' },
    hardship_request: { zh: '临时困难补助申请', en: 'Emergency hardship grant request' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Words<(typeof HELP_KINDS)[number]>,
  policyKind: {
    cash: { zh: '发放', en: 'Paid' },
    waiver: { zh: '减免', en: 'Waived' },
  } satisfies Words<(typeof POLICY_KINDS)[number]>,
  policyPeriod: {
    monthly: { zh: '按月', en: 'Monthly' },
    term: { zh: '按学期', en: 'Per term' },
    year: { zh: '按学年', en: 'Per academic year' },
    once: { zh: '一次性', en: 'One-off' },
  } satisfies Words<(typeof POLICY_PERIODS)[number]>,
  eligibility: {
    all: { zh: '全体在读生', en: 'Every student in school' },
    poverty_registered: { zh: '建档立卡学生', en: 'Registered poor households (建档立卡)' },
    dormitory: { zh: '住校生', en: 'Dormitory residents' },
    outside_guangdong: { zh: '广东省外学生', en: 'Students from outside Guangdong' },
    chosen: { zh: '指定学生', en: 'Chosen students' },
  } satisfies Words<(typeof ELIGIBILITIES)[number]>,
  batchStatus: {
    draft: { zh: '草稿', en: 'Draft' },
    submitted: { zh: '已提交', en: 'Submitted' },
    reviewed: { zh: '已复核', en: 'Reviewed' },
    approved: { zh: '已审批', en: 'Approved' },
    paid: { zh: '已发放', en: 'Paid' },
  } satisfies Words<(typeof BATCH_STATUSES)[number]>,
  internshipKind: {
    recognition: { zh: '认识实习', en: 'Observation (认识实习)' },
    follow: { zh: '跟岗实习', en: 'Shadowing (跟岗实习)' },
    placement: { zh: '顶岗实习', en: 'Work placement (顶岗实习)' },
    post: { zh: '岗位实习', en: 'Work placement (岗位实习)' },
  } satisfies Words<InternshipKind>,
  internshipDocument: {
    agreement: { zh: '三方协议', en: 'Three-party agreement' },
    guardianConsent: { zh: '家长知情同意书', en: 'Guardian’s consent' },
    safetyPledge: { zh: '安全责任书', en: 'Safety undertaking' },
    insurance: { zh: '实习保险', en: 'Internship insurance' },
  } satisfies Words<InternshipDocument>,
  visitMethod: {
    onsite: { zh: '实地走访', en: 'On site' },
    phone: { zh: '电话', en: 'Phone' },
    online: { zh: '线上', en: 'Online' },
  } satisfies Words<VisitMethod>,
  visitRating: {
    excellent: { zh: '优秀', en: 'Excellent' },
    good: { zh: '良好', en: 'Good' },
    pass: { zh: '合格', en: 'Pass' },
    fail: { zh: '不合格', en: 'Fail' },
  } satisfies Words<VisitRating>,
  outcome: {
    contract: { zh: '就业（签订劳动合同）', en: 'Employed (labour contract)' },
    flexible: { zh: '灵活就业', en: 'Flexible employment' },
    self_employed: { zh: '自主创业', en: 'Self-employed' },
    further_study: { zh: '升学', en: 'Further study' },
    military: { zh: '参军', en: 'Military service' },
    abroad: { zh: '出国', en: 'Abroad' },
    unemployed: { zh: '未就业', en: 'Not employed' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Words<Outcome>,
  destination: {
    shenzhen: { zh: '留深', en: 'Stayed in Shenzhen' },
    home: { zh: '回乡', en: 'Went home' },
    other: { zh: '其他', en: 'Elsewhere' },
  } satisfies Words<Destination>,
  contractKind: {
    fixed: { zh: '固定期限', en: 'Fixed term' },
    open: { zh: '无固定期限', en: 'Open-ended' },
    none: { zh: '未签合同', en: 'None' },
  } satisfies Words<(typeof CONTRACT_KINDS)[number]>,
  channel: {
    school: { zh: '学校推荐', en: 'Through the school' },
    self: { zh: '自主求职', en: 'Own search' },
    other: { zh: '其他', en: 'Other' },
  } satisfies Words<(typeof CHANNELS)[number]>,
  hardshipStatus: {
    pending: { zh: '待审批', en: 'Pending' },
    approved: { zh: '已批准', en: 'Approved' },
    rejected: { zh: '未批准', en: 'Not approved' },
  } satisfies Words<HardshipStatus>,
  /** what a step did to a batch, as the verb (提交, 退回…) */
  stepAction: {
    submit: { zh: '提交', en: 'submitted' },
    review: { zh: '复核', en: 'reviewed' },
    approve: { zh: '审批', en: 'approved' },
    return: { zh: '退回', en: 'returned' },
    notice: { zh: '公示', en: 'put on notice' },
    pay: { zh: '登记发放', en: 'marked paid' },
  } satisfies Words<StepAction>,
  /** why a student the policy is meant for has no line in a proposed batch */
  leftOut: {
    not_enrolled: { zh: '尚未入学', en: 'Not enrolled yet' },
    on_leave: { zh: '休学', en: 'On leave' },
    left: { zh: '已离校', en: 'Left' },
    no_bank_account: { zh: '无银行账号', en: 'No bank account' },
    account_name: { zh: '开户名与姓名不符', en: 'Account not in the student’s name' },
    already_in_batch: { zh: '本期已在其他批次', en: 'Already in a batch for the period' },
    cap_reached: { zh: '已达本学年上限', en: 'Year’s cap reached' },
  } satisfies Words<(typeof LEFT_OUT_REASONS)[number]>,
  ...BANK_LABELS,
};

export type LabelSet = keyof typeof LABELS;
export type CodeOf<S extends LabelSet> = keyof (typeof LABELS)[S] & string;

/** The label of a code in a language; the code itself if it is unknown (a newer release's value). */
export function labelOf<S extends LabelSet>(set: S, code: string, lang: 'zh' | 'en'): string {
  const words = (LABELS[set] as Record<string, { zh: string; en: string }>)[code];
  return words ? words[lang] : code;
}

/** One language's labels as plain objects ({ status: { enrolled: '在读' … } … }), for the i18n catalogs. */
export function labelsIn(lang: 'zh' | 'en'): { [S in LabelSet]: Record<CodeOf<S>, string> } {
  return Object.fromEntries(
    Object.entries(LABELS).map(([set, words]) => [set, Object.fromEntries(Object.entries(words).map(([code, w]) => [code, w[lang]]))]),
  ) as { [S in LabelSet]: Record<CodeOf<S>, string> };
}
