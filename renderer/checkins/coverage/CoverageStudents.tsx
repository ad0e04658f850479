import { Anchor, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoverageSide, CoverageStudent, CoverageStudentsInput } from '../../../electron/contract/coverage';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { currentLocale } from '../../i18n';
import { ListDrawer, ListHead } from '../../records/ListDrawer';
import { RecordTable } from '../../records/RecordTable';
import { monthLabel } from '../shared/months';

/** A figure clicked: its month, its group row (null: the month's own row) and which figure. */
export interface Picked {
  month: string;
  group: CoverageStudentsInput['group'];
  /** the row's name, for the title */
  groupName: string | null;
  figure: 'expected' | 'checked' | 'coverage';
}

/** A rate's lists: its numerator, those it leaves out, its base. */
const RATE_SIDES: CoverageSide[] = ['checked', 'missing', 'expected'];

/** The students behind a figure of 覆盖情况, with 导出 for all of them; 覆盖率 switches between 已填, 未填 and 应填. */
export function CoverageDrawer({ picked, range, onClose }: { picked: Picked | null; range: { from: string; to: string }; onClose(): void }) {
  const { t } = useTranslation('checkinCoverage');
  const figure = picked && (picked.figure === 'coverage' ? t('months.coverage') : t(`students.side.${picked.figure}`));
  return (
    <ListDrawer
      opened={picked !== null}
      onClose={onClose}
      testId="coverage-drawer"
      title={picked && t('students.title', { month: monthLabel(picked.month, currentLocale()), group: picked.group ? ` · ${picked.groupName}` : '', figure })}
      // The rate has three lists, not a numerator and a base: its switch is the list's own.
      sides={null}
    >
      {() => picked && <Sides picked={picked} range={range} />}
    </ListDrawer>
  );
}

function Sides({ picked, range }: { picked: Picked; range: { from: string; to: string } }) {
  const { t } = useTranslation('checkinCoverage');
  const [side, setSide] = useState<CoverageSide>(picked.figure === 'coverage' ? 'checked' : picked.figure);
  return (
    <>
      {picked.figure === 'coverage' && (
        <SegmentedControl
          value={side}
          onChange={(v) => setSide(v as CoverageSide)}
          data={RATE_SIDES.map((s) => ({ value: s, label: t(`students.side.${s}`) }))}
          data-testid="coverage-drawer-side"
        />
      )}
      <Students input={{ ...range, month: picked.month, group: picked.group, side }} />
    </>
  );
}

function Students({ input }: { input: CoverageStudentsInput }) {
  const { t } = useTranslation('checkinCoverage');
  const list = useApi('checkins.coverageStudents', input, { staleTime: 0 });
  const data = list.data;
  const state = (s: CoverageStudent) => (s.checkedOn ? 'done' : s.overdue ? 'overdue' : 'open');
  return (
    <>
      <ListHead testId="coverage-drawer-count" count={data && (data.total > data.rows.length ? t('students.more', { total: data.total, shown: data.rows.length }) : t('students.count', { count: data.total }))} total={data?.total}>
        <ExportButton method="checkins.coverageStudentsExport" input={input} count={data?.total} />
      </ListHead>
      <RecordTable<CoverageStudent>
        rowTestId="coverage-drawer-row"
        rows={data?.rows}
        error={list.error?.message}
        columns={[
          {
            key: 'name',
            header: t('students.name'),
            nowrap: true,
            render: (s) => (
              <Anchor component={Link} to={`/students/${s.id}?tab=checkins`} size="sm">
                {s.name}
              </Anchor>
            ),
          },
          { key: 'no', header: t('students.studentNo'), nowrap: true, render: (s) => s.studentNo ?? '' },
          { key: 'class', header: t('students.className'), nowrap: true, render: (s) => s.className ?? t('noClass') },
          { key: 'counsellor', header: t('students.counsellor'), nowrap: true, render: (s) => s.counsellorName ?? t('none') },
          { key: 'project', header: t('students.project'), nowrap: true, render: (s) => `${s.projectName} ${s.cohortName}` },
          {
            key: 'state',
            header: t('students.state'),
            nowrap: true,
            render: (s) => (
              <Text size="sm" c={state(s) === 'overdue' ? 'red' : state(s) === 'open' ? 'dimmed' : undefined}>
                {t(`students.states.${state(s)}`)}
              </Text>
            ),
          },
          { key: 'date', header: t('students.checkedOn'), nowrap: true, render: (s) => s.checkedOn ?? '' },
          { key: 'by', header: t('students.checkedBy'), fill: true, render: (s) => s.checkedBy ?? '' },
        ]}
      />
    </>
  );
}
