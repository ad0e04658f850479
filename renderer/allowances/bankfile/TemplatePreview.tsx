import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bankAmount, bankFileLines, fillPurpose, SEPARATOR_CHARS, type BankTemplate } from '../../../electron/contract/allowanceBankFiles';

type Layout = Pick<BankTemplate, 'columns' | 'format' | 'separator' | 'headerRow' | 'totalRow' | 'purpose'>;

/** Two made-up payments: what matters is where each value goes, not whose it is. */
const SAMPLES = [
  { accountName: '黄小明', account: '6228480012345678901', idNumber: '451022200803150012', bankName: '中国农业银行田东支行', phone: '13800138000' },
  { accountName: '李芳', account: '6217002870012345678', idNumber: '451022200805210027', bankName: '中国建设银行百色分行', phone: '13900139000' },
];
const BATCH = { policy: '生活补贴', period: '2026-11', batchNo: '2026-0007' };
const AMOUNT_FEN = 30_000;

function sampleRows(layout: Layout): string[][] {
  const purpose = fillPurpose(layout.purpose, BATCH);
  const payments = SAMPLES.map((s) => ({ ...s, amount: bankAmount(AMOUNT_FEN), purpose, note: BATCH.batchNo }));
  return bankFileLines(layout, payments, AMOUNT_FEN * SAMPLES.length);
}

/** How the file will look, as the template's fields change: a sheet's cells, or a text file's lines. */
export function TemplatePreview({ layout }: { layout: Layout }) {
  const { t } = useTranslation('bankFiles');
  if (layout.columns.length === 0) return null;
  const rows = sampleRows(layout);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('templates.preview')}
      </Text>
      {layout.format === 'xlsx' ? (
        <Table.ScrollContainer minWidth={400}>
          <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={2} data-testid="bank-preview">
            <Table.Tbody>
              {rows.map((row, r) => (
                <Table.Tr key={r} fw={layout.headerRow && r === 0 ? 600 : undefined}>
                  {row.map((cell, c) => (
                    <Table.Td key={c} style={{ whiteSpace: 'nowrap' }}>
                      {cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Code block fz="xs" data-testid="bank-preview">
          {rows.map((row) => row.join(SEPARATOR_CHARS[layout.separator ?? 'comma'])).join('\n')}
        </Code>
      )}
    </Stack>
  );
}
