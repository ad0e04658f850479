import type { StudentImportField } from '../../../electron/contract/importStudents';

/**
 * 导入模板: the words the backend writes into the student template besides its headers, which stay
 * Chinese in either language because the import matches them.
 */
export const importTemplate = {
  sheets: { instructions: '填写说明', options: '选项' },
  kinds: {
    students: {
      fileName: '学生导入模板.xlsx',
      sheet: '学生名单',
      title: '学生名单导入模板 · 填写说明',
          general: [
        '每行填写一名学生。第 1 行是列名，请不要修改；列的顺序可以调整，用不到的选填列可以删除。',
        '列名前带 * 的列必须填写。',
        '第 2、3 行是示例，导入前请删除。',
        '身份证号、学号、联系电话、监护人电话和银行账号列已设为文本格式。从其他表格粘贴时请用“选择性粘贴 → 数值”；若身份证号显示成 4.51022E+17 这样，说明已变成数字、后几位已丢失，须重新按文本输入。',
        '有下拉列表的列请从列表中选择。帮扶项目、批次、专业、班级和班主任/辅导员的列表是下载本模板时系统中已有的名称。',
        '请不要合并单元格，不要使用公式。',
        '表格上方可以有标题行，下方可以有合计行，导入时会跳过。',
      ],
    },
    bankAccounts: {
      fileName: '银行账户导入模板.xlsx',
      sheet: '银行账户',
      title: '银行账户和电话导入模板 · 填写说明',
      general: [
        '用于补充已在册学生的银行账户和电话：按身份证号找到学生，只更新表中填了的列，空着的列不会清空系统中已有的内容。',
        '导入时请在“导入学生名单”页选择“只更新已在册的学生”；表中没有的身份证号会列为“有问题”，不会新增学生。',
        '第 2、3 行是示例，导入前请删除。',
        '身份证号、银行账号和电话列已设为文本格式。从其他表格粘贴时请用“选择性粘贴 → 数值”。',
        '开户名须与学生姓名一致（代领的请在备注中说明），否则发放时会被列出核对。',
        '请不要合并单元格，不要使用公式。',
      ],
    },
  },
  table: { column: '列名', required: '是否必填', format: '填写要求', choices: '可选值' },
  required: { yes: '必填', no: '选填' },
  joiner: '、',
  moreChoices: '{{first}} 等 {{count}} 个，见下拉列表',
  example: '示例，导入前请删除',
  fields: {
    name: '与身份证上的姓名一致',
    studentNo: '文本格式，开头的 0 会保留',
    gender: '男 或 女；可不填，按身份证号确定',
    ethnicity: '如 汉族、壮族、瑶族',
    idNumber: '18位，文本格式，末位X大写或小写均可',
    birthDate: '可不填，按身份证号确定；日期写法同入学日期',
    phone: '学生本人的手机号，文本格式',
    homeProvince: '户籍所在省（自治区），如 广西',
    homeCity: '户籍所在市（州），如 百色',
    homeCounty: '户籍所在县（区），如 田东县',
    homeTown: '户籍所在乡（镇），如 平马镇',
    homeVillage: '户籍所在村（社区），如 那王村',
    povertyStatus: '从下拉列表选择',
    guardianName: '父母或其他监护人的姓名',
    guardianRelation: '如 父亲、母亲、祖父',
    guardianPhone: '文本格式',
    priorEducation: '从下拉列表选择',
    project: '须与系统中帮扶项目的名称一致，从下拉列表选择',
    cohort: '如 2024级；该项目在系统中还没有的批次，导入时可以新建',
    major: '系统中还没有的专业，导入时可以新建',
    level: '从下拉列表选择',
    className: '系统中还没有的班级，导入时可以新建',
    enrolmentDate: '2019-09-01、2019/9/1、2019年9月1日 或 201909（入学年月）均可',
    expectedGraduation: '年月，如 2027-07、2027/7 或 202707',
    counsellor: '按系统用户姓名匹配（班主任/辅导员账号的姓名），从下拉列表选择',
    dormitory: '是 或 否',
    bankName: '如 中国农业银行',
    bankAccount: '发放资助用的银行卡号，文本格式，只填数字',
    bankAccountName: '一般为学生本人的姓名',
    notes: '其他需要说明的情况',
    status: '系统中还没有的学生现在的学籍状态，如往届毕业生填 毕业；在读的可不填',
    statusDate: '学籍状态变动的日期（如毕业日期）；日期写法同入学日期',
  } satisfies Record<StudentImportField, string>,
  /** the drop-down lists' messages; Excel cuts a title at 32 characters */
  validation: {
    stopTitle: '不在列表中',
    stop: '“{{header}}”请从下拉列表中选择。',
    newTitle: '新的{{header}}',
    new: '系统中还没有这个{{header}}，导入时可以新建。若是写错了，请从下拉列表中选择。',
  },
};
