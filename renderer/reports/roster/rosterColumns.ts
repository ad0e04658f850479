import { useTranslation } from 'react-i18next';
import type { RosterColumn, RosterRow } from '../../../electron/contract/roster';
import { useEnumLabel } from '../../students/shared/options';
import type { PrintColumn } from '../paths';
import type { ReportColumn } from '../ReportTable';

/** What the roster prints unless the user chose otherwise: enough to call the roll and reach each student. */
export const DEFAULT_COLUMNS: readonly PrintColumn[] = ['studentNo', 'gender', 'ethnicity', 'idNumber', 'phone', 'home', 'status', 'remarks'];

/**
 * Each column's share of the width: the digits' widths its values take (a 身份证号 is 18, a Chinese
 * character 2), plus 2 for the cell's padding.
 */
const WEIGHTS: Record<'seq' | 'name' | PrintColumn, number> = {
  seq: 5,
  name: 10,
  studentNo: 10,
  gender: 6,
  ethnicity: 7,
  idNumber: 20,
  birthDate: 12,
  phone: 14,
  home: 17,
  povertyStatus: 10,
  guardianName: 9,
  guardianPhone: 14,
  projectName: 11,
  cohortName: 9,
  majorName: 11,
  level: 10,
  counsellorName: 9,
  status: 9,
  enrolmentDate: 12,
  dormitory: 5,
  remarks: 14,
};
/** Landscape A4 less its margins, in points; a digit is about 0.55 of the type size. */
const LINE_PT = 277 * (72 / 25.4);
const DIGIT_EM = 0.55;
const NUMBERS = new Set<PrintColumn>(['studentNo', 'idNumber', 'phone', 'guardianPhone', 'birthDate', 'enrolmentDate']);
const CENTERED = new Set<PrintColumn>(['gender', 'dormitory', 'status']);

/** The columns the backend fills (备注 is left blank for a pen). */
export const backendColumns = (columns: readonly PrintColumn[]) => columns.filter((c): c is RosterColumn => c !== 'remarks');

/**
 * The type size at which the chosen columns fit across landscape A4: 10pt for the usual few, down to
 * 6.5pt for all of them (long values then wrap in their cells rather than print smaller still).
 */
export function rosterFontSize(columns: readonly PrintColumn[]): string {
  const width = WEIGHTS.seq + WEIGHTS.name + columns.reduce((sum, c) => sum + WEIGHTS[c], 0);
  const fits = Math.floor((LINE_PT / (width * DIGIT_EM)) * 2) / 2;
  return `${Math.max(6.5, Math.min(10, fits))}pt`;
}

/** 序号 and 姓名, then the chosen columns in the order chosen. */
export function useRosterColumns(columns: readonly PrintColumn[]): ReportColumn<RosterRow>[] {
  const { t } = useTranslation('reports');
  const { t: ts } = useTranslation('students');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();

  const text = (column: PrintColumn, row: RosterRow): string => {
    if (column === 'remarks') return '';
    const value = row[column];
    if (value === null || value === undefined || value === '') return '';
    switch (column) {
      case 'gender':
      case 'povertyStatus':
      case 'level':
      case 'status':
        return label(column, String(value));
      case 'dormitory':
        return value ? tc('yes') : tc('no');
      case 'birthDate':
        // Roles that see masked 身份证号 get the year alone (see RosterValues.birthDate).
        return String(value).length === 4 ? ts('detail.birthYear', { year: value }) : String(value);
      default:
        return String(value);
    }
  };

  return [
    { key: 'seq', header: t('roster.seq'), weight: WEIGHTS.seq, className: 'report-center', cell: (_row, i) => i + 1 },
    { key: 'name', header: t('roster.name'), weight: WEIGHTS.name, cell: (row) => row.name },
    ...columns.map((column) => ({
      key: column,
      header: t(`roster.columns.${column}`),
      weight: WEIGHTS[column],
      className: NUMBERS.has(column) ? 'report-num' : CENTERED.has(column) ? 'report-center' : undefined,
      cell: (row: RosterRow) => text(column, row),
    })),
  ];
}
