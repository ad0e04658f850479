import { Anchor, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTERNSHIP_KINDS, type InternshipKind } from '../../../electron/contract/internships';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { FieldTextsProvider } from '../../forms/fieldTexts';
import { IsoDateInput } from '../../forms/IsoDateInput';
import { RecordTable } from '../../records/RecordTable';
import { CompanyField } from '../companies/CompanyField';
import { ClassInternshipsModal } from './ClassInternshipsModal';

/** 实习: internships across students, by kind, company, city, a day they were going on, and papers missing. */
export function InternshipsPage() {
  const { t } = useTranslation('placements');
  const [kind, setKind] = useState<InternshipKind | null>(null);
  const [city, setCity] = useState('');
  const [on, setOn] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const company = useForm<{ companyId: number | null }>({ initialValues: { companyId: null } });
  const [cityQ] = useDebouncedValue(city.trim(), 250);
  const day = on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : null;
  const list = useApi('internships.list', { kind, companyId: company.getValues().companyId, city: cityQ, on: day, missingDocuments: missing });
  const canEnterClass = useCanCall('internships.createForClass');
  const [enteringClass, setEnteringClass] = useState(false);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('internships.listTitle')}</Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('internships.hint')}
          </Text>
        </div>
        {canEnterClass && (
          <Button leftSection={<IconUsersGroup size={16} />} onClick={() => setEnteringClass(true)} data-testid="class-internships">
            {t('bulk.open')}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <Select
          label={t('fields.kind')}
          placeholder={t('internships.allKinds')}
          clearable
          value={kind}
          onChange={(v) => setKind(v as InternshipKind | null)}
          data={INTERNSHIP_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          w={160}
          data-testid="filter-kind"
        />
        <FieldTextsProvider ns="placements">
          <div style={{ width: 280 }}>
            <CompanyField form={company} name="companyId" required={false} />
          </div>
        </FieldTextsProvider>
        <TextInput label={t('fields.city')} value={city} onChange={(e) => setCity(e.currentTarget.value)} w={140} data-testid="filter-city" />
        <IsoDateInput label={t('internships.on')} value={on} onChange={setOn} w={170} data-testid="filter-on" />
        <Checkbox label={t('internships.missingOnly')} checked={missing} onChange={(e) => setMissing(e.currentTarget.checked)} mb={8} data-testid="filter-missing" />
      </Group>
      {list.data && (
        <Text size="sm" c="dimmed" data-testid="internships-count">
          {t('internships.count', { count: list.data.total })}
        </Text>
      )}
      <RecordTable
        rowTestId="internships-row"
        rows={list.data?.rows}
        error={list.error?.message}
        columns={[
          {
            key: 'student',
            header: t('followUps.student'),
            nowrap: true,
            render: (i) => (
              <Anchor component={Link} to={`/students/${i.studentId}?tab=internships`} size="sm">
                {i.studentName}
              </Anchor>
            ),
          },
          { key: 'class', header: t('followUps.class'), nowrap: true, render: (i) => i.className },
          { key: 'kind', header: t('fields.kind'), nowrap: true, render: (i) => t(`kind.${i.kind}`) },
          { key: 'company', header: t('fields.companyId'), fill: true, render: (i) => [i.companyName, i.position, i.city].filter(Boolean).join(' · ') },
          {
            key: 'dates',
            header: t('internships.dates'),
            nowrap: true,
            render: (i) => (i.endDate ? t('internships.period', { from: i.startDate, to: i.endDate }) : t('internships.since', { from: i.startDate })),
          },
          {
            key: 'papers',
            header: t('internships.documents'),
            nowrap: true,
            render: (i) =>
              i.missingDocuments.length > 0 && (
                <Badge color="red" variant="light" miw="max-content">
                  {t('internships.missing', { docs: i.missingDocuments.map((d) => t(`document.${d}`)).join('、') })}
                </Badge>
              ),
          },
        ]}
      />
      {enteringClass && <ClassInternshipsModal onClose={() => setEnteringClass(false)} />}
    </Stack>
  );
}
