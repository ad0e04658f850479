import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../electron/contract/money';
import type { ProgressReport } from '../../../electron/contract/reporting';
import { FigureButton } from '../../placements/outcomes/FigureButton';
import type { Picked } from './FigureDrawer';

/** 资助金额 of the period by policy and by funding source; each amount opens its payment lines. */
export function MoneyTables({ report, onPick }: { report: ProgressReport; onPick(picked: Picked): void }) {
  const { t } = useTranslation('reporting');
  const source = (name: string) => name || t('progress.money.noSource');
  const amount = (fen: number, picked: Omit<Picked, 'figure' | 'projectId'>) => (
    <FigureButton hint={t('progress.figure.moneyFen')} onClick={() => onPick({ figure: 'moneyFen', projectId: null, ...picked })} testId="money-cell">
      {formatYuan(fen)}
    </FigureButton>
  );
  if (report.byPolicy.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('progress.money.none')}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Money title={t('progress.money.byPolicy')} heads={[t('progress.money.policy'), t('progress.money.fundingSource')]} testId="money-by-policy">
        {report.byPolicy.map((p) => (
          <Table.Tr key={p.policyId}>
            <Table.Td>{p.policyName}</Table.Td>
            <Table.Td>{source(p.fundingSource)}</Table.Td>
            <Table.Td ta="right">{p.lines}</Table.Td>
            <Table.Td ta="right">{amount(p.amountFen, { policyId: p.policyId, group: p.policyName })}</Table.Td>
          </Table.Tr>
        ))}
      </Money>
      <Money title={t('progress.money.byFunding')} heads={[t('progress.money.fundingSource')]} testId="money-by-funding">
        {report.byFunding.map((f) => (
          <Table.Tr key={f.fundingSource}>
            <Table.Td>{source(f.fundingSource)}</Table.Td>
            <Table.Td ta="right">{f.lines}</Table.Td>
            <Table.Td ta="right">{amount(f.amountFen, { fundingSource: f.fundingSource, group: source(f.fundingSource) })}</Table.Td>
          </Table.Tr>
        ))}
      </Money>
    </SimpleGrid>
  );
}

function Money({ title, heads, testId, children }: { title: string; heads: string[]; testId: string; children: ReactNode }) {
  const { t } = useTranslation('reporting');
  return (
    <Paper withBorder p="sm">
      <Title order={5} mb="xs">
        {title}
      </Title>
      <Table striped fz="sm" verticalSpacing={5} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {heads.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
            <Table.Th ta="right">{t('progress.money.lines')}</Table.Th>
            <Table.Th ta="right">{t('progress.money.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Paper>
  );
}
