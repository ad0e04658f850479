import { Alert, Button, Group, Modal, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankFile } from '../../../electron/contract/allowanceBankFiles';
import type { Batch } from '../../../electron/contract/allowanceBatches';
import { ApiError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { saveFile } from '../../export/saveFile';
import { yuan } from '../../format';

/**
 * 代发文件 on an approved or paid batch of money paid out, for those who pay (the file holds whole
 * account numbers). The backend refuses anything else too; the button only offers what it allows.
 */
export function BankFileButton({ batch }: { batch: Batch }) {
  const { t } = useTranslation('bankFiles');
  const [open, setOpen] = useState(false);
  const may = useCanCall('allowances.bankFile');
  if (!may || batch.policyKind !== 'cash' || (batch.status !== 'approved' && batch.status !== 'paid')) return null;
  return (
    <>
      {/* ml auto: in the page's header it sits at the right, next to the batch's step buttons */}
      <Button ml="auto" variant="default" leftSection={<IconFileExport size={16} />} onClick={() => setOpen(true)} data-testid="bank-file-open">
        {t('file.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('file.title')} size="lg">
        {open && <BankFileDialog batch={batch} />}
      </Modal>
    </>
  );
}

function BankFileDialog({ batch }: { batch: Batch }) {
  const { t } = useTranslation('bankFiles');
  const templates = useApi('bankTemplates.list', {});
  const active = templates.data?.filter((b) => b.active);
  const [chosen, setChosen] = useState<string | null>(null);
  const templateId = chosen ?? (active?.[0] ? String(active[0].id) : null);
  const make = useApiMutation('allowances.bankFile', { notifyErrors: false });
  const pick = (id: string | null) => {
    setChosen(id);
    make.reset();
  };
  const refusal = make.error instanceof ApiError ? (make.error.fields[0]?.message ?? make.error.message) : null;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('file.intro', { batchNo: batch.batchNo })}
      </Text>
      {active?.length === 0 && <Alert color="orange">{t('file.noTemplate')}</Alert>}
      <Group align="flex-end" gap="sm">
        <Select
          label={t('fields.templateId')}
          data={active?.map((b) => ({ value: String(b.id), label: b.name })) ?? []}
          value={templateId}
          onChange={pick}
          allowDeselect={false}
          flex={1}
          data-testid="bank-file-template"
        />
        <Button
          variant={make.data ? 'default' : 'filled'}
          onClick={() => templateId && make.mutate({ batchId: batch.id, templateId: Number(templateId) })}
          loading={make.isPending}
          disabled={!templateId}
          data-testid="bank-file-make"
        >
          {make.data ? t('file.remake') : t('file.make')}
        </Button>
      </Group>
      {refusal && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('file.failed')} data-testid="bank-file-error">
          {refusal}
        </Alert>
      )}
      {make.data && <Made file={make.data} />}
    </Stack>
  );
}

/** The figures to check the payment order against, who is left out and why, and the file to save. */
function Made({ file }: { file: BankFile }) {
  const { t } = useTranslation('bankFiles');
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" bg="teal.0">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <div>
            <Text size="xl" fw={700} data-testid="bank-file-summary">
              {t('file.summary', { count: file.lineCount, total: yuan(file.totalFen) })}
            </Text>
            <Text size="sm">{t('file.check')}</Text>
            <Text size="xs" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }}>
              {file.fileName}
            </Text>
          </div>
          <Button leftSection={<IconDownload size={16} />} onClick={() => saveFile(file, file.mimeType)} data-testid="bank-file-download">
            {t('file.download')}
          </Button>
        </Group>
      </Paper>
      {file.left.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('file.left', { count: file.left.length })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('file.leftHint')}
          </Text>
          <Table withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('file.name')}</Table.Th>
                <Table.Th>{t('file.className')}</Table.Th>
                <Table.Th ta="right">{t('file.net')}</Table.Th>
                <Table.Th>{t('file.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.left.map((l) => (
                <Table.Tr key={l.studentId} data-testid="bank-file-left">
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td>{l.className}</Table.Td>
                  <Table.Td ta="right">{yuan(l.netFen)}</Table.Td>
                  <Table.Td>{t(`leftOut.${l.reason}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
