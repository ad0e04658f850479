import type { exportTexts as zh } from '../zh/export';

export const exportTexts: typeof zh = {
  button: 'Export to Excel',
  progressTitle: 'Exporting',
  progress: 'Exporting {{count}} records to Excel…',
  elapsed: '{{seconds}} s so far',
  done: 'Exported {{count}} records: {{fileName}}',
  failed: 'Export failed',
  heading: {
    filters: 'Filters: {{filters}}',
    search: 'search “{{q}}”',
    count: '{{count}} rows',
    exported: 'exported by {{user}} at {{time}}',
    between: '; ',
    joiner: ' · ',
    dates: '{{from}} to {{to}}',
    fromOnly: 'from {{from}}',
    toOnly: 'until {{to}}',
  },
  fileName: '{{sheet}} {{stamp}}.xlsx',
  changes: { changed: '{{field}}: {{before}} → {{after}}', set: '{{field}}: {{value}}', list: ', ' },
  columns: { seq: 'No.', birthYear: 'Birth year', entityId: 'Record no.' },
};
