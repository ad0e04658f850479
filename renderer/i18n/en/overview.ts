import type { overview as zh } from '../zh/overview';

export const overview: typeof zh = {
  register: {
    title: 'Students at a glance',
    allProjects: 'All projects',
    project: 'Project',
    projects: 'Project',
    cohorts: 'Cohort',
    empty: 'There are no students in the register yet.',
    chart: { projects: 'Students per project', cohorts: '{{project}}: students per cohort' },
  },
  classes: {
    title: 'My classes',
    unplaced: 'Not in a class',
    unplacedHint: 'These students have not been placed in a class yet; ask the programme office.',
    headTeacher: 'Head teacher: {{name}}',
    empty: 'You have no classes or students assigned yet.',
  },
  total: '{{n}} students',
  sum: 'Total',
  open: 'Open these {{count}} students in the register',
};
