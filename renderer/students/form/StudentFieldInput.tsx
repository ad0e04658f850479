import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../electron/contract/messages';
import { recordWarnings } from '../../../electron/contract/plausibility';
import { parseDateText } from '../../../electron/contract/dates';
import { LEVELS, GENDERS, POVERTY_STATUSES, PRIOR_EDUCATIONS } from '../../../electron/contract/students';
import { currentLocale } from '../../i18n';
import { useEnumOptions, type ReferenceOptions } from '../shared/options';
import type { StudentFieldKey } from '../shared/sections';
import { NoProjectsHint } from '../../onboarding/NoProjectsHint';
import { ETHNICITIES } from './ethnicities';
import { DateField, SelectField, SuggestField, SwitchField, TextareaField, TextField } from '../../forms/fields';
import { IdNumberField } from './IdNumberField';
import { useStudentFormContext } from './studentForm';

/** A date the form holds only counts once it is a real one (it may hold what was typed). */
const realDate = (v: string | null) => (v && parseDateText(v) === v ? v : undefined);

/** The yellow hints for the form's values, by field, in the user's language (the rules are the backend's). */
function useWarnings(): Partial<Record<StudentFieldKey, string>> {
  const { name, birthDate, enrolmentDate } = useStudentFormContext().values;
  const warnings = recordWarnings({ name: name.trim(), birthDate: realDate(birthDate), enrolmentDate: realDate(enrolmentDate) });
  return Object.fromEntries(warnings.map((w) => [w.field, formatMessage(currentLocale(), w.key, w.params)]));
}

/** The input for one field of the student form. */
export function StudentFieldInput({ field, options }: { field: StudentFieldKey; options: ReferenceOptions }) {
  const { t } = useTranslation('students');
  const form = useStudentFormContext();
  const warnings = useWarnings();
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
      return <SuggestField form={form} name={field} data={ETHNICITIES} placeholder={t('placeholder.ethnicity')} />;
    case 'gender':
    case 'povertyStatus':
    case 'priorEducation':
    case 'level':
      return <SelectField form={form} name={field} data={enums[field]} />;
    case 'name':
      return <TextField form={form} name={field} warning={warnings.name} />;
    case 'studentNo':
      return <TextField form={form} name={field} placeholder={t('placeholder.studentNo')} halfWidth />;
    case 'phone':
    case 'guardianPhone':
    case 'bankAccount':
      return <TextField form={form} name={field} halfWidth />;
    case 'birthDate':
    case 'enrolmentDate':
      return <DateField form={form} name={field} warning={warnings[field]} />;
    case 'dormitory':
      return <SwitchField form={form} name={field} />;
    case 'notes':
      return <TextareaField form={form} name={field} hideLabel />;
    case 'expectedGraduation':
    case 'homeVillage':
    case 'bankAccountName':
      return <TextField form={form} name={field} placeholder={t(`placeholder.${field}`)} />;
    case 'majorId':
      return <SelectField form={form} name={field} data={options.majors} />;
    case 'counsellorId':
      return <SelectField form={form} name={field} data={options.counsellors} />;
    case 'projectId':
      return (
        <>
          <SelectField form={form}
            name={field}
            data={options.projects}
            onPick={(value) => {
              form.setFieldValue('projectId', value);
              // A cohort belongs to one project.
              if (!options.cohortsOf(value).some((c) => c.value === cohortId)) form.setFieldValue('cohortId', null);
            }}
          />
          <NoProjectsHint />
        </>
      );
    case 'cohortId':
      return (
        <SelectField form={form}
          name={field}
          data={options.cohortsOf(projectId)}
          onPick={(value) => {
            form.setFieldValue('cohortId', value);
            const cohort = options.cohort(value);
            // Intake is in September of the cohort's year; the office corrects the odd exception.
            if (cohort && !enrolmentDate) form.setFieldValue('enrolmentDate', `${cohort.intakeYear}-09-01`);
            if (!options.classFits(classId, value)) form.setFieldValue('classId', null);
          }}
        />
      );
    case 'classId':
      return (
        <SelectField form={form}
          name={field}
          // Classes belong to a cohort: none are offered before it is chosen.
          data={cohortId === null ? [] : options.classesOf(cohortId)}
          disabled={cohortId === null}
          placeholder={cohortId === null ? t('placeholder.cohortFirst') : undefined}
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
      return <TextField form={form} name={field} />;
  }
}
