import { useTranslation } from 'react-i18next';
import { LEVELS, GENDERS, POVERTY_STATUSES, PRIOR_EDUCATIONS } from '../../../electron/contract/students';
import { useEnumOptions, type ReferenceOptions } from '../shared/options';
import type { StudentFieldKey } from '../shared/sections';
import { ETHNICITIES } from './ethnicities';
import { DateField, SelectField, SuggestField, SwitchField, TextareaField, TextField } from './fields';
import { IdNumberField } from './IdNumberField';
import { useStudentFormContext } from './studentForm';

/** The input for one field of the student form. */
export function StudentFieldInput({ field, options }: { field: StudentFieldKey; options: ReferenceOptions }) {
  const { t } = useTranslation('students');
  const form = useStudentFormContext();
  const { projectId, cohortId, classId, majorId, counsellorId, enrolmentDate } = form.values;
  const enums = {
    gender: useEnumOptions('gender', GENDERS),
    povertyStatus: useEnumOptions('povertyStatus', POVERTY_STATUSES),
    priorEducation: useEnumOptions('priorEducation', PRIOR_EDUCATIONS),
    level: useEnumOptions('level', LEVELS),
  };

  switch (field) {
    case 'idNumber':
      return <IdNumberField />;
    case 'ethnicity':
      return <SuggestField name={field} data={ETHNICITIES} placeholder={t('placeholder.ethnicity')} />;
    case 'gender':
    case 'povertyStatus':
    case 'priorEducation':
    case 'level':
      return <SelectField name={field} data={enums[field]} />;
    case 'birthDate':
    case 'enrolmentDate':
      return <DateField name={field} />;
    case 'dormitory':
      return <SwitchField name={field} />;
    case 'notes':
      return <TextareaField name={field} hideLabel />;
    case 'expectedGraduation':
    case 'homeVillage':
      return <TextField name={field} placeholder={t(`placeholder.${field}`)} />;
    case 'majorId':
      return <SelectField name={field} data={options.majors} />;
    case 'counsellorId':
      return <SelectField name={field} data={options.counsellors} />;
    case 'projectId':
      return (
        <SelectField
          name={field}
          data={options.projects}
          onPick={(value) => {
            form.setFieldValue('projectId', value);
            // A cohort belongs to one project.
            if (!options.cohortsOf(value).some((c) => c.value === cohortId)) form.setFieldValue('cohortId', null);
          }}
        />
      );
    case 'cohortId':
      return (
        <SelectField
          name={field}
          data={options.cohortsOf(projectId)}
          onPick={(value) => {
            form.setFieldValue('cohortId', value);
            const cohort = options.cohort(value);
            // Intake is in September of the cohort's year; the office corrects the odd exception.
            if (cohort && !enrolmentDate) form.setFieldValue('enrolmentDate', `${cohort.intakeYear}-09-01`);
            if (!options.classesOf(value).some((c) => c.value === classId)) form.setFieldValue('classId', null);
          }}
        />
      );
    case 'classId':
      return (
        <SelectField
          name={field}
          data={options.classesOf(cohortId)}
          onPick={(value) => {
            form.setFieldValue('classId', value);
            // A class has one major and a 班主任: fill them in when not chosen yet.
            const klass = options.schoolClass(value);
            if (klass?.majorId && majorId === null) form.setFieldValue('majorId', klass.majorId);
            if (klass?.headTeacherId && counsellorId === null && options.counsellors.some((c) => c.value === klass.headTeacherId))
              form.setFieldValue('counsellorId', klass.headTeacherId);
          }}
        />
      );
    default:
      return <TextField name={field} />;
  }
}
