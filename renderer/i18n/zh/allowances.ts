import { labelsIn } from '../../../electron/contract/labels';

const labels = labelsIn('zh');

export const allowances = {
  policies: {
    title: '资助项目',
    hint: '发放批次按这里的标准、上限和发放对象生成。调整金额请用“调整标准”并写明起始日期：已生成的批次不受影响。',
    create: '新建资助项目',
    edit: '编辑资助项目',
    addRate: '调整标准',
    addRateFor: '调整“{{name}}”的标准',
    rateHint: '从起始日期起生成的批次按新标准；此前的批次和已发放的金额不变。',
    rateSaved: '新标准已保存',
    rateHistory: '标准变动',
    rateBy: '{{date}}起 {{amount}}（{{by}}）',
    noNotice: '不公示',
    notice: '{{count}}个工作日',
    noCap: '不设上限',
    noRate: '未定',
    inactive: '停用',
    preset: '系统预置',
  },
  fields: {
    name: '项目名称',
    kind: '类型',
    period: '发放周期',
    capFen: '每生每学年上限',
    eligibility: '发放对象',
    fundingSource: '资金来源',
    noticeDays: '公示天数（工作日，0为不公示）',
    notice: '公示',
    active: '启用',
    notes: '说明',
    amountFen: '标准金额',
    effectiveFrom: '起始日期',
    currentFen: '现行标准',
  },
  kind: labels.policyKind,
  period: labels.policyPeriod,
  eligibility: labels.eligibility,
};
