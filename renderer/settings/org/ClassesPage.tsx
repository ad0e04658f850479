import { Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { SelectField, TextField } from '../../forms/fields';
import { ReferenceList, type Draft } from './ReferenceList';

/** 专业与班级: the school's majors and the classes students sit in. */
export function ClassesPage() {
  const { t } = useTranslation('settings');
  return (
    <Stack gap="xl">
      <ReferenceList
        area="majors"
        entity="major"
        title={t('majors.title')}
        createTitle={t('majors.create')}
        editTitle={t('majors.edit')}
        describe={(m) => m.name}
        blank={() => ({ name: '', code: '' })}
        fields={(form) => (
          <>
            <TextField form={form} name="name" label={t('names.major')} placeholder="汽车维修" required data-autofocus />
            <TextField form={form} name="code" />
          </>
        )}
        columns={[
          { key: 'name', header: t('names.major'), render: (m) => m.name, nowrap: true },
          { key: 'code', header: t('fields.code'), render: (m) => m.code },
          { key: 'students', header: t('fields.studentCount'), render: (m) => m.studentCount, numeric: true },
        ]}
      />
      <ReferenceList
        area="classes"
        entity="class"
        title={t('classes.title')}
        createTitle={t('classes.create')}
        editTitle={t('classes.edit')}
        describe={(c) => c.name}
        blank={() => ({ name: '', majorId: null, cohortId: null, headTeacherId: null })}
        fields={(form) => <ClassFields form={form} />}
        columns={[
          { key: 'name', header: t('names.class'), render: (c) => c.name, nowrap: true },
          { key: 'major', header: t('fields.majorId'), render: (c) => c.majorName },
          { key: 'cohort', header: t('fields.cohortId'), render: (c) => c.cohortName },
          { key: 'headTeacher', header: t('fields.headTeacherId'), render: (c) => c.headTeacherName },
          { key: 'students', header: t('fields.studentCount'), render: (c) => c.studentCount, numeric: true },
        ]}
      />
    </Stack>
  );
}

function ClassFields({ form }: { form: UseFormReturnType<Draft<'classes'>> }) {
  const { t } = useTranslation('settings');
  const majors = useApi('majors.list', {});
  const cohorts = useApi('cohorts.list', {});
  const teachers = useApi('users.options', { role: 'counsellor' });
  return (
    <>
      <TextField form={form} name="name" label={t('names.class')} placeholder="24汽修1班" required data-autofocus />
      <SelectField form={form} name="majorId" data={(majors.data ?? []).map((m) => ({ value: m.id, label: m.name }))} />
      <SelectField
        form={form}
        name="cohortId"
        data={(cohorts.data ?? []).map((c) => ({ value: c.id, label: `${c.projectName} ${c.name}` }))}
      />
      <SelectField
        form={form}
        name="headTeacherId"
        data={(teachers.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
      />
    </>
  );
}
