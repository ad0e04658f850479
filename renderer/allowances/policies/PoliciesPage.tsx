import { Badge, Button, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCoin, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../../electron/contract';
import { ELIGIBILITIES, POLICY_KINDS, POLICY_PERIODS, type Policy } from '../../../electron/contract/allowancePolicies';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { DateField, MoneyField, NumberField, SelectField, SwitchField, TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';
import { yuan } from '../../format';

type PolicyInput = InputOf<Contract['allowances.createPolicy']>;
/** What the form holds: any field may still be empty; the backend says which must not be. */
type Draft = { [K in keyof PolicyInput]: PolicyInput[K] | null };
type RateDraft = { effectiveFrom: string | null; amountFen: number | null };

/** 资助项目: what the school pays or waives, for whom and up to what; the office edits, finance and leaders read. */
export function PoliciesPage() {
  const { t } = useTranslation('allowances');
  const { t: tc } = useTranslation();
  const canEdit = useCanCall('allowances.updatePolicy');
  const policies = useApi('allowances.policies', {});
  const [editing, setEditing] = useState<{ policy: Policy | null } | null>(null);
  const [rating, setRating] = useState<Policy | null>(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('policies.title')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('policies.hint')}
          </Text>
        </div>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ policy: null })} data-testid="create-policy">
            {t('policies.create')}
          </Button>
        )}
      </Group>
      <RecordTable
        rowTestId="row-policy"
        rows={policies.data}
        error={policies.error?.message}
        columns={[
          {
            key: 'name',
            header: t('fields.name'),
            nowrap: true,
            render: (p) => (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500} c={p.active ? undefined : 'dimmed'}>
                  {p.name}
                </Text>
                {!p.active && <Badge color="gray" variant="light" size="sm">{t('policies.inactive')}</Badge>}
              </Group>
            ),
          },
          { key: 'kind', header: t('fields.kind'), nowrap: true, render: (p) => t(`kind.${p.kind}`) },
          { key: 'period', header: t('fields.period'), nowrap: true, render: (p) => t(`period.${p.period}`) },
          {
            key: 'current',
            header: t('fields.currentFen'),
            numeric: true,
            nowrap: true,
            render: (p) => (
              <Tooltip label={<RateHistory policy={p} />} disabled={p.rates.length < 2} multiline>
                <span data-testid="policy-rate">{yuan(p.currentFen) ?? t('policies.noRate')}</span>
              </Tooltip>
            ),
          },
          { key: 'cap', header: t('fields.capFen'), numeric: true, nowrap: true, render: (p) => yuan(p.capFen) ?? t('policies.noCap') },
          { key: 'eligibility', header: t('fields.eligibility'), nowrap: true, render: (p) => t(`eligibility.${p.eligibility}`) },
          { key: 'funding', header: t('fields.fundingSource'), render: (p) => p.fundingSource },
          {
            key: 'notice',
            header: t('fields.notice'),
            nowrap: true,
            render: (p) => (p.noticeDays ? t('policies.notice', { count: p.noticeDays }) : t('policies.noNotice')),
          },
        ]}
        actions={
          canEdit
            ? (p) => (
                <>
                  <Button size="xs" variant="subtle" leftSection={<IconCoin size={14} />} onClick={() => setRating(p)} data-testid="rate-policy">
                    {t('policies.addRate')}
                  </Button>
                  <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing({ policy: p })} data-testid="edit-policy">
                    {tc('action.edit')}
                  </Button>
                </>
              )
            : undefined
        }
      />
      <PolicyModal editing={editing} onClose={() => setEditing(null)} />
      <RateModal policy={rating} onClose={() => setRating(null)} />
    </Stack>
  );
}

function RateHistory({ policy }: { policy: Policy }) {
  const { t } = useTranslation('allowances');
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {t('policies.rateHistory')}
      </Text>
      {policy.rates.map((r) => (
        <Text key={r.id} size="xs">
          {t('policies.rateBy', { date: r.effectiveFrom, amount: yuan(r.amountFen), by: r.createdByName ?? t('policies.preset') })}
        </Text>
      ))}
    </Stack>
  );
}

function PolicyModal({ editing, onClose }: { editing: { policy: Policy | null } | null; onClose(): void }) {
  const { t } = useTranslation('allowances');
  const create = useApiMutation('allowances.createPolicy', { notifyErrors: false });
  const update = useApiMutation('allowances.updatePolicy', { notifyErrors: false });
  const policy = editing?.policy ?? null;
  const initialValues: Draft = policy
    ? { ...pickFields(policy), amountFen: null, effectiveFrom: null }
    : { name: '', kind: 'cash', period: 'monthly', capFen: null, eligibility: 'all', fundingSource: '', noticeDays: 0, active: true, notes: '', amountFen: null, effectiveFrom: chinaToday(new Date()) };
  return (
    <RecordFormModal<Draft>
      opened={editing !== null}
      title={policy ? t('policies.edit') : t('policies.create')}
      labels="allowances"
      formKey={policy ? `${policy.id}-${policy.version}` : 'new'}
      initialValues={initialValues}
      onClose={onClose}
      onSave={(values) => {
        if (!policy) return create.mutateAsync(values as PolicyInput);
        const { amountFen: _a, effectiveFrom: _e, ...fields } = values;
        return update.mutateAsync({ ...(fields as Omit<PolicyInput, 'amountFen' | 'effectiveFrom'>), id: policy.id, version: policy.version });
      }}
    >
      {(form) => <PolicyFields form={form} isNew={!policy} />}
    </RecordFormModal>
  );
}

const pickFields = ({ name, kind, period, capFen, eligibility, fundingSource, noticeDays, active, notes }: Policy) => ({
  name,
  kind,
  period,
  capFen,
  eligibility,
  fundingSource,
  noticeDays,
  active,
  notes,
});

function PolicyFields({ form, isNew }: { form: UseFormReturnType<Draft>; isNew: boolean }) {
  const { t } = useTranslation('allowances');
  const options = <C extends string>(codes: readonly C[], set: 'kind' | 'period' | 'eligibility') => codes.map((c) => ({ value: c, label: t(`${set}.${c}` as 'kind.cash') }));
  return (
    <>
      <TextField form={form} name="name" required data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <SelectField form={form} name="kind" required allowDeselect={false} data={options(POLICY_KINDS, 'kind')} />
        <SelectField form={form} name="period" required allowDeselect={false} data={options(POLICY_PERIODS, 'period')} />
        <SelectField form={form} name="eligibility" required allowDeselect={false} data={options(ELIGIBILITIES, 'eligibility')} />
      </SimpleGrid>
      {isNew && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MoneyField form={form} name="amountFen" required />
          <DateField form={form} name="effectiveFrom" required />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MoneyField form={form} name="capFen" placeholder={t('policies.noCap')} />
        <NumberField form={form} name="noticeDays" required min={0} max={30} />
      </SimpleGrid>
      <TextField form={form} name="fundingSource" />
      <TextareaField form={form} name="notes" minRows={2} />
      <SwitchField form={form} name="active" />
    </>
  );
}

function RateModal({ policy, onClose }: { policy: Policy | null; onClose(): void }) {
  const { t } = useTranslation('allowances');
  const addRate = useApiMutation('allowances.addRate', { notifyErrors: false });
  return (
    <RecordFormModal<RateDraft>
      opened={policy !== null}
      title={policy ? t('policies.addRateFor', { name: policy.name }) : ''}
      labels="allowances"
      formKey={policy ? `${policy.id}-${policy.rates.length}` : 'none'}
      initialValues={{ effectiveFrom: chinaToday(new Date()), amountFen: policy?.currentFen ?? null }}
      onClose={onClose}
      savedMessage={t('policies.rateSaved')}
      onSave={(values) => addRate.mutateAsync({ policyId: policy!.id, effectiveFrom: values.effectiveFrom ?? '', amountFen: values.amountFen as number })}
    >
      {(form) => (
        <>
          <Text size="sm" c="dimmed">
            {t('policies.rateHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField form={form} name="effectiveFrom" required data-autofocus />
            <MoneyField form={form} name="amountFen" required />
          </SimpleGrid>
          {policy && policy.rates.length > 0 && <RateHistory policy={policy} />}
        </>
      )}
    </RecordFormModal>
  );
}
