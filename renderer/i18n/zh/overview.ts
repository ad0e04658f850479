/** The register's cards on the home page. */
export const overview = {
  register: {
    title: '学生概况',
    allProjects: '全部项目',
    project: '帮扶项目',
    projects: '项目',
    cohorts: '批次',
    empty: '名册里还没有学生。',
    chart: { projects: '各项目学生人数', cohorts: '{{project}} 各批次学生人数' },
  },
  classes: {
    title: '我的班级',
    unplaced: '未分班',
    unplacedHint: '这些学生还没有分到班级，请联系帮扶办。',
    headTeacher: '班主任：{{name}}',
    empty: '您还没有负责的班级或学生。',
  },
  total: '共 {{n}} 名学生',
  sum: '合计',
  open: '在名册中查看这 {{count}} 名学生',
};
