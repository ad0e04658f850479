import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowMerge, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../../electron/contract';
import type { Company } from '../../../electron/contract/companies';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';
import { CompanyField } from './CompanyField';

type CompanyInput = InputOf<Contract['companies.create']>;
const EMPTY: CompanyInput = { name: '', creditCode: '', industry: '', province: '', city: '', contactName: '', contactPhone: '', notes: '' };

/** 企业名录: internship hosts and employers, found by name, credit code or city; the office and counsellors keep it. */
export function CompaniesPage() {
  const { t } = useTranslation('placements');
  const { t: tc } = useTranslation();
  const canEdit = useCanCall('companies.update');
  const canMerge = useCanCall('companies.merge');
  const [merging, setMerging] = useState<Company | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const list = useApi('companies.list', { q });
  const [editing, setEditing] = useState<{ company: Company | null } | null>(null);
  const data = list.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('companies.title')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('companies.hint')}
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ company: null })} data-testid="create-company">
            {t('companies.create')}
          </Button>
        )}
      </Group>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('companies.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
        data-testid="company-search"
      />
      {data && data.rows.length === 0 && <Text c="dimmed">{t(q ? 'companies.none' : 'companies.empty')}</Text>}
      {data && data.total > data.rows.length && (
        <Text size="sm" c="dimmed">
          {t('companies.more', { total: data.total, shown: data.rows.length })}
        </Text>
      )}
      <RecordTable
        rowTestId="row-company"
        rows={data?.rows}
        error={list.error?.message}
        columns={[
          { key: 'name', header: t('fields.name'), nowrap: true, render: (c) => c.name },
          { key: 'code', header: t('fields.creditCode'), nowrap: true, render: (c) => c.creditCode },
          { key: 'industry', header: t('fields.industry'), nowrap: true, render: (c) => c.industry },
          { key: 'place', header: t('fields.city'), nowrap: true, render: (c) => [c.province, c.city].filter(Boolean).join(' ') },
          { key: 'contact', header: t('fields.contactName'), fill: true, render: (c) => [c.contactName, c.contactPhone].filter(Boolean).join(' ') },
        ]}
        actions={
          canEdit
            ? (c) => (
                <>
                  {canMerge && (
                    <Button size="xs" variant="subtle" leftSection={<IconArrowMerge size={14} />} onClick={() => setMerging(c)} data-testid="merge-company">
                      {t('companies.merge')}
                    </Button>
                  )}
                  <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing({ company: c })} data-testid="edit-company">
                    {tc('action.edit')}
                  </Button>
                </>
              )
            : undefined
        }
      />
      <CompanyModal editing={editing} onClose={() => setEditing(null)} />
      {merging && <MergeModal keep={merging} onClose={() => setMerging(null)} />}
    </Stack>
  );
}

function CompanyModal({ editing, onClose }: { editing: { company: Company | null } | null; onClose(): void }) {
  const { t } = useTranslation('placements');
  const create = useApiMutation('companies.create', { notifyErrors: false });
  const update = useApiMutation('companies.update', { notifyErrors: false });
  const company = editing?.company ?? null;
  const initialValues: CompanyInput = company
    ? {
        name: company.name,
        creditCode: company.creditCode ?? '',
        industry: company.industry,
        province: company.province,
        city: company.city,
        contactName: company.contactName,
        contactPhone: company.contactPhone,
        notes: company.notes,
      }
    : EMPTY;
  return (
    <RecordFormModal<CompanyInput>
      opened={editing !== null}
      title={company ? t('companies.edit') : t('companies.create')}
      labels="placements"
      formKey={company ? `${company.id}-${company.version}` : 'new'}
      initialValues={initialValues}
      onClose={onClose}
      onSave={(values) => (company ? update.mutateAsync({ ...values, id: company.id, version: company.version }) : create.mutateAsync(values))}
    >
      {(form) => (
        <>
          <TextField form={form} name="name" required data-autofocus />
          <TextField form={form} name="creditCode" halfWidth maxLength={18} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextField form={form} name="industry" />
            <TextField form={form} name="province" />
            <TextField form={form} name="city" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField form={form} name="contactName" />
            <TextField form={form} name="contactPhone" halfWidth />
          </SimpleGrid>
          <TextareaField form={form} name="notes" minRows={2} />
        </>
      )}
    </RecordFormModal>
  );
}

/** 合并: another entry of the same company goes into this one, with its internships and placements. */
function MergeModal({ keep, onClose }: { keep: Company; onClose(): void }) {
  const { t } = useTranslation('placements');
  const merge = useApiMutation('companies.merge', { notifyErrors: false });
  const [other, setOther] = useState<Company | null>(null);
  return (
    <RecordFormModal<{ mergeId: number | null }>
      opened
      title={t('companies.mergeTitle', { name: keep.name })}
      labels="placements"
      formKey={`merge-${keep.id}-${keep.version}`}
      initialValues={{ mergeId: null }}
      saveLabel={t('companies.merge')}
      savedMessage={t('companies.merged')}
      onClose={onClose}
      onSave={() => merge.mutateAsync({ keepId: keep.id, keepVersion: keep.version, mergeId: other?.id ?? 0, mergeVersion: other?.version ?? 1 })}
    >
      {(form) => (
        <>
          <Text size="sm">{t('companies.mergeHint', { name: keep.name })}</Text>
          <CompanyField form={form} name="mergeId" except={keep.id} onPick={setOther} />
        </>
      )}
    </RecordFormModal>
  );
}
