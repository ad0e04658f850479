import i18next from '../i18n';

const reportText = (path: string): string | undefined => {
  const text: unknown = i18next.getResource(i18next.language, 'reports', path);
  return typeof text === 'string' ? text : undefined;
};

/** How the audit log shows what a print held (which report, which columns); undefined for any other value. */
export function printAuditValue(key: string, value: unknown): string | undefined {
  if (key === 'report' && typeof value === 'string') return reportText(`audit.report.${value}`) ?? value;
  if (key === 'columns' && Array.isArray(value)) return value.map((c) => reportText(`roster.columns.${String(c)}`) ?? String(c)).join('、');
  return undefined;
}
