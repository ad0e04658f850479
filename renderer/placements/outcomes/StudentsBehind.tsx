import { Anchor, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutcomeFilters, OutcomeSet, OutcomeStudent } from '../../../electron/contract/outcomes';
import { useApi } from '../../api/hooks';
import { yuan } from '../../format';
import { RecordTable } from '../../records/RecordTable';

/** Which students a click asked for: a figure (or its base) of one group or of all, or a year's dropout. */
export type Behind =
  | { kind: 'outcome'; title: string; input: OutcomeFilters & { key: string | null }; set: OutcomeSet; base: OutcomeSet | null; labels: [string, string] }
  | { kind: 'dropout'; title: string; input: { projectId: number | null; academicYear: number }; labels: [string, string] };

/** The students behind a number of the statistics, with a switch to those of its base (the numerator's and the denominator's lists). */
export function StudentsBehind({ behind, onClose }: { behind: Behind | null; onClose: () => void }) {
  const [side, setSide] = useState<'n' | 'd'>('n');
  const close = () => {
    setSide('n');
    onClose();
  };
  return (
    <Modal opened={behind !== null} onClose={close} title={behind?.title} size="min(1100px, 96vw)">
      {behind && (
        <Stack gap="sm">
          {(behind.kind === 'dropout' || behind.base !== null) && (
            <SegmentedControl
              value={side}
              onChange={(v) => setSide(v as 'n' | 'd')}
              data={[
                { value: 'n', label: behind.labels[0] },
                { value: 'd', label: behind.labels[1] },
              ]}
              data-testid="behind-side"
            />
          )}
          <Rows behind={behind} side={side} />
        </Stack>
      )}
    </Modal>
  );
}

type List = { rows: OutcomeStudent[]; total: number };

function Rows({ behind, side }: { behind: Behind; side: 'n' | 'd' }) {
  return behind.kind === 'outcome' ? (
    <OutcomeRows input={{ ...behind.input, set: side === 'n' || behind.base === null ? behind.set : behind.base }} />
  ) : (
    <DropoutRows input={{ ...behind.input, side: side === 'n' ? 'left' : 'inSchool' }} />
  );
}

function OutcomeRows({ input }: { input: OutcomeFilters & { key: string | null; set: OutcomeSet } }) {
  const list = useApi('placements.outcomeStudents', input);
  return <StudentList data={list.data} error={list.error?.message} />;
}

function DropoutRows({ input }: { input: { projectId: number | null; academicYear: number; side: 'left' | 'inSchool' } }) {
  const list = useApi('placements.dropoutStudents', input);
  return <StudentList data={list.data} error={list.error?.message} />;
}

function StudentList({ data, error }: { data: List | undefined; error: string | undefined }) {
  const { t } = useTranslation('outcomes');
  const tp = useTranslation('placements').t;
  const ts = useTranslation('students').t;
  return (
    <>
      {data && (
        <Text size="sm" c="dimmed" data-testid="behind-count">
          {data.total > data.rows.length ? t('students.more', { total: data.total, shown: data.rows.length }) : t('students.count', { count: data.total })}
        </Text>
      )}
      <RecordTable<OutcomeStudent>
        rowTestId="behind-row"
        rows={data?.rows}
        error={error}
        columns={[
          {
            key: 'name',
            header: t('students.name'),
            nowrap: true,
            render: (s) => (
              <Anchor component={Link} to={`/students/${s.id}?tab=placement`} size="sm">
                {s.name}
              </Anchor>
            ),
          },
          { key: 'class', header: t('students.className'), nowrap: true, render: (s) => s.className ?? '—' },
          { key: 'project', header: t('students.project'), nowrap: true, render: (s) => `${s.projectName} ${s.cohortName}` },
          { key: 'major', header: t('students.major'), nowrap: true, render: (s) => s.majorName ?? '—' },
          { key: 'date', header: t('students.date'), nowrap: true, render: (s) => `${ts(`status.${s.status}`)} ${s.statusDate}` },
          { key: 'outcome', header: t('students.outcome'), nowrap: true, render: (s) => (s.outcome ? tp(`outcome.${s.outcome}`) : '—') },
          { key: 'company', header: t('students.company'), fill: true, render: (s) => s.companyName ?? '' },
          { key: 'city', header: t('students.city'), nowrap: true, render: (s) => [s.city, s.destination ? tp(`destination.${s.destination}`) : ''].filter(Boolean).join(' · ') },
          { key: 'salary', header: t('students.salary'), numeric: true, nowrap: true, render: (s) => yuan(s.monthlySalaryFen) ?? '' },
        ]}
      />
    </>
  );
}
