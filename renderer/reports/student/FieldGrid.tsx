import type { ReactNode } from 'react';

/** One labelled value of a form; `span` in slots (label and value pairs) of a row. */
export interface GridField {
  key: string;
  label: string;
  value: ReactNode;
  span?: number;
}

/** Slots (label and value pairs) per row of the printed form: the columns of its one table. */
export const SLOTS = 3;

/** The form's columns: a label (room for the longest, 班主任/辅导员) and a wider value, three times across the page. */
export function FieldGridColumns() {
  return (
    <colgroup>
      {Array.from({ length: SLOTS }, (_, i) => [<col key={`l${i}`} style={{ width: '14.5%' }} />, <col key={`v${i}`} style={{ width: '18.83%' }} />])}
    </colgroup>
  );
}

/**
 * A titled section of the printed form: its fields packed into rows of label/value cells, a field
 * that does not fit the rest of a row starting the next one (the last value of the row widens to
 * the edge). `aside` (the photo box) takes the right-hand slot of every row of the section.
 */
export function FieldGridSection({ title, fields, aside }: { title: string; fields: readonly GridField[]; aside?: ReactNode }) {
  const perRow = aside ? SLOTS - 1 : SLOTS;
  const rows: GridField[][] = [];
  let used = perRow;
  for (const field of fields) {
    const span = Math.min(field.span ?? 1, perRow);
    if (used + span > perRow) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push({ ...field, span });
    used += span;
  }
  return (
    <tbody className="register-section">
      <tr>
        <th className="register-section-title" colSpan={SLOTS * 2}>
          {title}
        </th>
      </tr>
      {rows.map((row, r) => {
        const free = perRow - row.reduce((sum, f) => sum + f.span!, 0);
        return (
          <tr key={row[0].key}>
            {row.map((field, i) => [
              <th key={`${field.key}-label`} className="register-label">
                {field.label}
              </th>,
              <td key={field.key} colSpan={field.span! * 2 - 1 + (i === row.length - 1 ? free * 2 : 0)} data-field={field.key}>
                {field.value}
              </td>,
            ])}
            {aside && r === 0 && (
              <td colSpan={2} rowSpan={rows.length} className="register-aside">
                {aside}
              </td>
            )}
          </tr>
        );
      })}
    </tbody>
  );
}
