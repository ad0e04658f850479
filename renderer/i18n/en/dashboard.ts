import type { dashboard as zh } from '../zh/dashboard';

export const dashboard: typeof zh = {
  title: 'Leader dashboard',
  year: 'Year',
  yearOption: '{{year}}',
  asOf: 'As of {{date}}',
  clickHint: 'Click a number to see the students or payments behind it',
  target: {
    set: 'Target ≥{{percent}}%',
    since: 'Target ≥{{percent}}% (set for {{year}})',
    none: 'No target set',
    met: 'Met',
    missed: 'Not met',
    noData: 'No data yet',
    pending: 'In progress',
  },
  employment: {
    title: 'Employment rate (incl. further study)',
    cohort: 'Class of {{year}}',
    graduates: '{{count}} graduates',
    employed: '{{count}} employed or studying',
    unrecorded: '{{count}} without an outcome',
    none: 'No graduates this year',
  },
  coverage: {
    title: 'Check-in coverage this month',
    monthTitle: 'Check-in coverage in month {{month}}',
    month: '{{month}}',
    counts: '{{checked}} of {{expected}} checked',
    open: 'See coverage',
  },
  atRisk: {
    title: 'Students at risk',
    unit: 'to look at',
    hint: 'Students in school flagged now and not yet reviewed by the office (whatever the year chosen)',
    open: 'See warnings',
  },
  money: {
    title: 'Allowances paid this year',
    students: '{{count}} students paid',
    hint: 'Cash paid in batches from {{from}} to {{to}}, reversals taken off',
  },
  register: {
    title: 'Students',
    inSchool: 'In school',
    newStudents: 'New in {{year}}',
    withdrawn: 'Left in {{year}}',
  },
  all: 'Whole school',
  charts: {
    employment: 'Employment rate, last {{count}} classes',
    employmentYear: '{{year}}',
    rate: 'Rate',
    targetLine: 'Red dashes: target ≥{{percent}}%',
    coverage: 'Check-in coverage, last {{count}} months',
    money: 'Allowances paid by month in {{year}} (yuan)',
    paid: 'Paid',
  },
  home: {
    title: 'Leader dashboard · {{year}}',
    go: 'Open the dashboard',
  },
};
