import { Anchor, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { chinaToday } from '../../../electron/contract/dates';
import { monthOf } from '../../../electron/contract/schoolMonths';
import type { LeaderDashboard } from '../../../electron/contract/reportingDashboard';
import { useApi } from '../../api/hooks';
import { yuan } from '../../format';
import { StudentsBehind, type Behind } from '../../placements/outcomes/StudentsBehind';
import { FigureDrawer, type Picked } from '../progress/FigureDrawer';
import { DashboardCharts } from './DashboardCharts';
import { coverageHref, percentText, WARNINGS_HREF } from './figures';
import { FigureNumber, KeyFigure } from './KeyFigure';
import { TargetMark } from './TargetMark';

/** The year from the URL (?year=2025), this year when none or a year to come. */
function yearOf(params: URLSearchParams, thisYear: number): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear;
}

/**
 * 领导看板: a year's key figures beside the school's targets (达标 / 未达标), each number opening
 * the students or payment lines behind it, and the charts of the last years and months. Read-only.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const year = yearOf(params, thisYear);
  // Always asked afresh: the figures read the whole register, which other pages change.
  const dashboard = useApi('reports.dashboard', { year }, { staleTime: 0, placeholderData: keepPreviousData });
  const data = dashboard.data;
  const firstYear = Math.min(data?.firstYear ?? thisYear, thisYear);
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => String(thisYear - i));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>{t('title')}</Title>
        <Group gap="sm" align="center">
          {data && (
            <Text size="sm" c="dimmed" data-testid="dashboard-as-of">
              {t('asOf', { date: data.asOf })}
            </Text>
          )}
          <Select
            w={110}
            aria-label={t('year')}
            allowDeselect={false}
            value={String(year)}
            onChange={(v) => v && setParams(v === String(thisYear) ? {} : { year: v }, { replace: true })}
            data={years.map((y) => ({ value: y, label: t('yearOption', { year: y }) }))}
            data-testid="dashboard-year"
          />
        </Group>
      </Group>
      {dashboard.error && <Text c="red">{dashboard.error.fields[0]?.message ?? dashboard.error.message}</Text>}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            {t('clickHint')}
          </Text>
          <KeyFigures data={data} />
          <DashboardCharts data={data} />
        </>
      )}
    </Stack>
  );
}

function KeyFigures({ data }: { data: LeaderDashboard }) {
  const { t } = useTranslation('dashboard');
  const to = useTranslation('outcomes').t;
  const tr = useTranslation('reporting').t;
  const [picked, setPicked] = useState<Picked | null>(null);
  const [behind, setBehind] = useState<Behind | null>(null);
  const { employment: e, coverage: c, year } = data;
  const cohort = t('employment.cohort', { year });
  const graduates = (set: 'employed' | 'graduates' | 'unrecorded') =>
    setBehind({
      kind: 'outcome',
      title: tr('list.title', { group: cohort, figure: to(`figure.${set}`) }),
      input: { by: 'graduationYear', year, projectId: null, key: String(year) },
      set,
      base: set === 'employed' ? 'graduates' : null,
      labels: [to(`figure.${set}`), to('figure.graduates')],
    });
  const pick = (figure: Picked['figure']) => setPicked({ figure, projectId: null, group: t('all') });
  const count = (value: number, onOpen: () => void, testId: string, label: string) => (
    <Stack gap={0} align="flex-start">
      <FigureNumber value={value.toLocaleString('en-US')} size={22} onOpen={onOpen} testId={testId} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <KeyFigure title={t('employment.title')} subtitle={cohort} testId="dashboard-employment">
          <FigureNumber value={percentText(e.rate)} onOpen={() => graduates('employed')} testId="dashboard-employment-rate" />
          <TargetMark mark={e.mark} testId="dashboard-employment-mark" />
          {e.graduates === 0 ? (
            <Text size="xs" c="dimmed">
              {t('employment.none')}
            </Text>
          ) : (
            <Group gap="md">
              <Anchor component="button" size="xs" onClick={() => graduates('graduates')} data-testid="dashboard-employment-graduates">
                {t('employment.graduates', { count: e.graduates })}
              </Anchor>
              <Anchor component="button" size="xs" onClick={() => graduates('employed')}>
                {t('employment.employed', { count: e.employed })}
              </Anchor>
              {e.unrecorded > 0 && (
                <Anchor component="button" size="xs" c="orange.8" onClick={() => graduates('unrecorded')} data-testid="dashboard-employment-unrecorded">
                  {t('employment.unrecorded', { count: e.unrecorded })}
                </Anchor>
              )}
            </Group>
          )}
        </KeyFigure>
        {/* A year that is over shows its December, not this month. */}
        <KeyFigure
          title={c.month === monthOf(chinaToday(new Date())) ? t('coverage.title') : t('coverage.monthTitle', { month: Number(c.month.slice(5)) })}
          subtitle={c.month}
          testId="dashboard-coverage"
        >
          <FigureNumber value={percentText(c.coverage)} to={coverageHref(data)} testId="dashboard-coverage-rate" />
          <TargetMark mark={c.mark} testId="dashboard-coverage-mark" />
          <Text size="xs" c="dimmed">
            {t('coverage.counts', { checked: c.checked, expected: c.expected })}
          </Text>
        </KeyFigure>
        <KeyFigure title={t('atRisk.title')} subtitle={t('atRisk.hint')} testId="dashboard-at-risk">
          <Group gap={6} align="baseline">
            <FigureNumber value={String(data.atRisk)} to={WARNINGS_HREF} testId="dashboard-at-risk-count" />
            <Text size="sm" c={data.atRisk > 0 ? 'red.8' : 'dimmed'}>
              {t('atRisk.unit')}
            </Text>
          </Group>
        </KeyFigure>
        <KeyFigure title={t('money.title')} subtitle={t('money.hint', { from: `${year}-01-01`, to: data.asOf })} testId="dashboard-money">
          <FigureNumber value={yuan(data.paidFen)} onOpen={() => pick('moneyFen')} testId="dashboard-money-paid" />
          <Text size="xs" c="dimmed">
            {t('money.students', { count: data.paidStudents })}
          </Text>
        </KeyFigure>
        <KeyFigure title={t('register.title')} subtitle={t('asOf', { date: data.asOf })} testId="dashboard-register">
          <Group gap="xl">
            {count(data.inSchool, () => pick('inSchool'), 'dashboard-in-school', t('register.inSchool'))}
            {count(data.newStudents, () => pick('newStudents'), 'dashboard-new-students', t('register.newStudents', { year }))}
            {count(data.withdrawn, () => pick('withdrawn'), 'dashboard-withdrawn', t('register.withdrawn', { year }))}
          </Group>
        </KeyFigure>
      </SimpleGrid>
      <FigureDrawer picked={picked} period={{ year, from: `${year}-01-01`, to: data.asOf }} onClose={() => setPicked(null)} />
      <StudentsBehind behind={behind} onClose={() => setBehind(null)} />
    </>
  );
}
