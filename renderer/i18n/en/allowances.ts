import { labelsIn } from '../../../electron/contract/labels';
import type { allowances as zh } from '../zh/allowances';

const labels = labelsIn('en');

export const allowances: typeof zh = {
  policies: {
    title: 'Allowance policies',
    hint: 'Batches are proposed from the amounts, caps and eligibility set here. To change an amount, add a new rate with the date it starts: batches already made keep theirs.',
    create: 'New policy',
    edit: 'Edit policy',
    addRate: 'New rate',
    addRateFor: 'New rate for “{{name}}”',
    rateHint: 'Batches made for dates from the start date on use the new rate; earlier batches and amounts paid stay as they are.',
    rateSaved: 'New rate saved',
    rateHistory: 'Rates',
    rateBy: 'from {{date}}: {{amount}} ({{by}})',
    noNotice: 'No notice',
    notice: '{{count}} working days',
    noCap: 'No cap',
    noRate: 'Not set',
    inactive: 'Not in use',
    preset: 'preset',
  },
  fields: {
    name: 'Policy',
    kind: 'Kind',
    period: 'Paid',
    capFen: 'Cap per student per academic year',
    eligibility: 'For',
    fundingSource: 'Funding source',
    noticeDays: 'Public notice (working days, 0 for none)',
    notice: 'Notice',
    active: 'In use',
    notes: 'Notes',
    amountFen: 'Amount',
    effectiveFrom: 'From',
    currentFen: 'Current rate',
  },
  kind: labels.policyKind,
  period: labels.policyPeriod,
  eligibility: labels.eligibility,
};
