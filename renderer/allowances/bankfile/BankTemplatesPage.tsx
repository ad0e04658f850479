import { Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../../electron/contract';
import { BANK_ENCODINGS, BANK_FILE_FORMATS, BANK_SEPARATORS, type BankTemplate } from '../../../electron/contract/allowanceBankFiles';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { SegmentedField, SwitchField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';
import { ColumnsField } from './ColumnsField';
import { TemplatePreview } from './TemplatePreview';

type Draft = InputOf<Contract['bankTemplates.create']>;

const BLANK: Draft = {
  name: '',
  columns: ['accountName', 'account', 'amount', 'purpose'],
  format: 'xlsx',
  separator: 'comma',
  encoding: 'gbk',
  headerRow: true,
  totalRow: false,
  purpose: '{policy}{period}',
  active: true,
};

/** 银行模板: how each bank wants its batch-payment file; finance keeps them, the office reads them. */
export function BankTemplatesPage() {
  const { t } = useTranslation('bankFiles');
  const { t: tc } = useTranslation();
  const canEdit = useCanCall('bankTemplates.update');
  const templates = useApi('bankTemplates.list', {});
  const [editing, setEditing] = useState<{ template: BankTemplate | null } | null>(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('templates.title')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('templates.hint')}
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ template: null })} data-testid="create-bank-template">
            {t('templates.create')}
          </Button>
        )}
      </Group>
      <RecordTable
        rowTestId="row-bank-template"
        rows={templates.data}
        error={templates.error?.message}
        columns={[
          {
            key: 'name',
            header: t('fields.name'),
            nowrap: true,
            render: (b) => (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500} c={b.active ? undefined : 'dimmed'}>
                  {b.name}
                </Text>
                {!b.active && <Badge color="gray" variant="light" size="sm">{t('templates.inactive')}</Badge>}
              </Group>
            ),
          },
          { key: 'columns', header: t('fields.columnNames'), fill: true, render: (b) => b.columns.map((c) => t(`column.${c}`)).join(' · ') },
          {
            key: 'format',
            header: t('fields.format'),
            nowrap: true,
            render: (b) =>
              b.format === 'xlsx'
                ? t('templates.xlsx')
                : t('templates.text', { separator: t(`separator.${b.separator ?? 'comma'}`), encoding: t(`encoding.${b.encoding}`) }),
          },
          {
            key: 'rows',
            header: t('templates.rowsHeader'),
            nowrap: true,
            render: (b) =>
              [b.headerRow && t('templates.hasHeader'), b.totalRow && t('templates.hasTotal')].filter(Boolean).join(' · ') || t('templates.dataOnly'),
          },
          { key: 'purpose', header: t('fields.purpose'), nowrap: true, render: (b) => (b.columns.includes('purpose') ? b.purpose : '—') },
        ]}
        actions={
          canEdit
            ? (b) => (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => setEditing({ template: b })}
                  data-testid="edit-bank-template"
                >
                  {tc('action.edit')}
                </Button>
              )
            : undefined
        }
      />
      <TemplateModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

const fieldsOf = ({ name, columns, format, separator, encoding, headerRow, totalRow, purpose, active }: BankTemplate): Draft => ({
  name,
  columns,
  format,
  // what a text file would use, chosen in advance: switching an xlsx template to text then needs no extra step
  separator: separator ?? 'comma',
  encoding,
  headerRow,
  totalRow,
  purpose,
  active,
});

function TemplateModal({ editing, onClose }: { editing: { template: BankTemplate | null } | null; onClose(): void }) {
  const { t } = useTranslation('bankFiles');
  const create = useApiMutation('bankTemplates.create', { notifyErrors: false });
  const update = useApiMutation('bankTemplates.update', { notifyErrors: false });
  const template = editing?.template ?? null;
  return (
    <RecordFormModal<Draft>
      opened={editing !== null}
      title={template ? t('templates.edit') : t('templates.create')}
      labels="bankFiles"
      formKey={template ? `${template.id}-${template.version}` : 'new'}
      initialValues={template ? fieldsOf(template) : BLANK}
      onClose={onClose}
      onSave={(values) => {
        // An xlsx has no separator: none is kept, so the list and the audit log do not show one.
        const fields = { ...values, separator: values.format === 'text' ? values.separator : null };
        return template ? update.mutateAsync({ ...fields, id: template.id, version: template.version }) : create.mutateAsync(fields);
      }}
    >
      {(form) => <TemplateFields form={form} />}
    </RecordFormModal>
  );
}

function TemplateFields({ form }: { form: UseFormReturnType<Draft> }) {
  const { t } = useTranslation('bankFiles');
  const values = form.getValues();
  const options = <C extends string>(codes: readonly C[], set: 'format' | 'separator' | 'encoding') =>
    codes.map((c) => ({ value: c, label: set === 'encoding' && c === 'gbk' ? t('templates.gbkMost') : t(`${set}.${c}` as 'format.xlsx') }));
  return (
    <>
      <TextField form={form} name="name" required data-autofocus />
      <ColumnsField form={form} />
      <SegmentedField form={form} name="format" required data={options(BANK_FILE_FORMATS, 'format')} />
      {values.format === 'text' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SegmentedField form={form} name="separator" required data={options(BANK_SEPARATORS, 'separator')} />
          <SegmentedField form={form} name="encoding" required data={options(BANK_ENCODINGS, 'encoding')} />
        </SimpleGrid>
      )}
      <Group gap="xl">
        <SwitchField form={form} name="headerRow" />
        <SwitchField form={form} name="totalRow" />
      </Group>
      {/* only where the file has it; a refusal at it still shows */}
      {(values.columns.includes('purpose') || form.errors.purpose) && <TextField form={form} name="purpose" description={t('templates.purposeHint')} />}
      <TemplatePreview layout={values} />
      <SwitchField form={form} name="active" />
    </>
  );
}
