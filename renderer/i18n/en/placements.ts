import type { placements as zh } from '../zh/placements';

export const placements: typeof zh = {
  tabs: { companies: 'Companies' },
  companies: {
    title: 'Company directory',
    hint: 'One directory of internship hosts and employers. Each company is entered once: a name typed another way (full- or half-width brackets, spaces) or a credit code already known points to the entry there is.',
    create: 'New company',
    edit: 'Edit company',
    search: 'Name, credit code or city',
    empty: 'No company in the directory yet',
    none: 'No company matches',
    more: '{{total}} match; the first {{shown}} are listed: type more to narrow it down',
  },
  fields: {
    name: 'Company name',
    creditCode: 'Unified social credit code',
    industry: 'Industry',
    province: 'Province',
    city: 'City',
    contactName: 'Contact',
    contactPhone: 'Contact phone',
    notes: 'Notes',
  },
};
