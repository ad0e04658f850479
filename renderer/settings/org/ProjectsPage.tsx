import { SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PROJECT_MODELS } from '../../../electron/contract/org';
import { useApi } from '../../api/hooks';
import { DateField, NumberField, SelectField, TextareaField, TextField } from '../../forms/fields';
import { ReferenceList, type Draft } from './ReferenceList';

/** 项目与批次: the partner projects and their intakes. */
export function ProjectsPage() {
  const { t } = useTranslation('settings');
  return (
    <Stack gap="xl">
      <ReferenceList
        area="projects"
        entity="project"
        title={t('projects.title')}
        createTitle={t('projects.create')}
        editTitle={t('projects.edit')}
        describe={(p) => p.name}
        blank={() => ({
          name: '',
          partnerProvince: '',
          partnerCity: '',
          partnerCounty: '',
          partnerSchool: '',
          agreementDate: null,
          model: 'full_time' as const,
          notes: '',
        })}
        fields={(form) => <ProjectFields form={form} />}
        columns={[
          { key: 'name', header: t('names.project'), render: (p) => p.name, nowrap: true },
          {
            key: 'region',
            header: t('fields.partnerRegion'),
            render: (p) => [p.partnerProvince, p.partnerCity, p.partnerCounty].filter(Boolean).join(' '),
          },
          { key: 'school', header: t('fields.partnerSchool'), render: (p) => p.partnerSchool },
          { key: 'model', header: t('fields.model'), render: (p) => t(`projectModelShort.${p.model}`), nowrap: true },
          { key: 'agreementDate', header: t('fields.agreementDate'), render: (p) => p.agreementDate, nowrap: true },
          { key: 'students', header: t('fields.studentCount'), render: (p) => p.studentCount, numeric: true },
        ]}
      />
      <ReferenceList
        area="cohorts"
        entity="cohort"
        title={t('cohorts.title')}
        createTitle={t('cohorts.create')}
        editTitle={t('cohorts.edit')}
        describe={(c) => `${c.projectName} ${c.name}`}
        blank={() => {
          const year = new Date().getFullYear();
          return { projectId: null, intakeYear: year, name: t('cohorts.defaultName', { year }), plannedSize: null };
        }}
        fields={(form) => <CohortFields form={form} />}
        columns={[
          { key: 'project', header: t('fields.projectId'), render: (c) => c.projectName, nowrap: true },
          { key: 'intakeYear', header: t('fields.intakeYear'), render: (c) => c.intakeYear },
          { key: 'name', header: t('names.cohort'), render: (c) => c.name, nowrap: true },
          { key: 'plannedSize', header: t('fields.plannedSize'), render: (c) => c.plannedSize, numeric: true },
          { key: 'students', header: t('fields.studentCount'), render: (c) => c.studentCount, numeric: true },
        ]}
      />
    </Stack>
  );
}

function ProjectFields({ form }: { form: UseFormReturnType<Draft<'projects'>> }) {
  const { t } = useTranslation('settings');
  return (
    <>
      <TextField form={form} name="name" label={t('names.project')} placeholder="广西百色" required data-autofocus />
      <SimpleGrid cols={3}>
        <TextField form={form} name="partnerProvince" />
        <TextField form={form} name="partnerCity" />
        <TextField form={form} name="partnerCounty" />
      </SimpleGrid>
      <TextField form={form} name="partnerSchool" />
      <SimpleGrid cols={2}>
        <SelectField
          form={form}
          name="model"
          required
          allowDeselect={false}
          data={PROJECT_MODELS.map((m) => ({ value: m, label: t(`projectModel.${m}`) }))}
        />
        <DateField form={form} name="agreementDate" />
      </SimpleGrid>
      <TextareaField form={form} name="notes" minRows={2} />
    </>
  );
}

function CohortFields({ form }: { form: UseFormReturnType<Draft<'cohorts'>> }) {
  const { t } = useTranslation('settings');
  const projects = useApi('projects.list', {});
  const defaultName = (year: number | null) => (year ? t('cohorts.defaultName', { year }) : '');
  // The name follows the year until someone types a name of their own.
  form.watch('intakeYear', ({ previousValue, value }) => {
    const name = form.getValues().name;
    if (!name || name === defaultName(previousValue)) form.setFieldValue('name', defaultName(value));
  });
  return (
    <>
      <SelectField
        form={form}
        name="projectId"
        required
        data={(projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
      <SimpleGrid cols={3}>
        <NumberField form={form} name="intakeYear" required min={2000} max={2100} />
        <TextField form={form} name="name" label={t('names.cohort')} required />
        <NumberField form={form} name="plannedSize" min={0} />
      </SimpleGrid>
    </>
  );
}
