/** Exports to Excel: the button and its progress, and the words the backend writes into the file. */
export const exportTexts = {
  button: '导出 Excel',
  progressTitle: '正在导出',
  progress: '正在导出 {{count}} 条记录到 Excel…',
  elapsed: '已用时 {{seconds}} 秒',
  done: '已导出 {{count}} 条记录：{{fileName}}',
  failed: '导出失败',
  /** the title row above the headers */
  heading: {
    filters: '筛选：{{filters}}',
    search: '搜索“{{q}}”',
    count: '共 {{count}} 条',
    exported: '导出：{{user}} {{time}}',
    between: '；',
    joiner: ' · ',
    dates: '{{from}} 至 {{to}}',
    fromOnly: '{{from}} 起',
    toOnly: '至 {{to}}',
  },
  fileName: '{{sheet}}_{{stamp}}.xlsx',
  /** an audit entry's changes, in one cell */
  changes: { changed: '{{field}}：{{before}} → {{after}}', set: '{{field}}：{{value}}', list: '、' },
  columns: { seq: '序号', birthYear: '出生年份', entityId: '记录号' },
};
