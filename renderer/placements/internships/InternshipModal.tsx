import { Checkbox, Group, Input, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../../electron/contract';
import { INTERNSHIP_DOCUMENTS, INTERNSHIP_KINDS, type Internship } from '../../../electron/contract/internships';
import { chinaToday } from '../../../electron/contract/dates';
import { useApiMutation } from '../../api/hooks';
import { DateField, MoneyField, SelectField, TextareaField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { CompanyField } from '../companies/CompanyField';

type Input = InputOf<Contract['internships.create']>;
/** What the form holds: the company and the pay may still be empty; the backend says which must not be. */
type Draft = Omit<Input, 'companyId'> & { companyId: number | null };

const blank = (studentId: number): Draft => ({ studentId, ...blankTerms(), evaluation: '', notes: '' });

/** Record or edit one internship of a student. */
export function InternshipModal({ studentId, internship, onClose }: { studentId: number; internship: Internship | null; onClose(): void }) {
  const { t } = useTranslation('placements');
  const create = useApiMutation('internships.create', { notifyErrors: false });
  const update = useApiMutation('internships.update', { notifyErrors: false });
  const initialValues: Draft = internship
    ? (({ id: _i, companyName: _n, missingDocuments: _m, createdAt: _c, updatedAt: _u, version: _v, ...fields }) => fields)(internship)
    : blank(studentId);
  return (
    <RecordFormModal<Draft>
      opened
      title={internship ? t('internships.edit') : t('internships.add')}
      labels="placements"
      formKey={internship ? `${internship.id}-${internship.version}` : 'new'}
      initialValues={initialValues}
      onClose={onClose}
      onSave={(values) => {
        const input = { ...values, companyId: values.companyId ?? 0 };
        return internship ? update.mutateAsync({ ...input, id: internship.id, version: internship.version }) : create.mutateAsync(input);
      }}
    >
      {(form) => (
        <>
          <InternshipTermsFields form={form} company={internship && { id: internship.companyId, name: internship.companyName }} />
          <Stack gap="xs">
            <TextareaField form={form} name="evaluation" autosize minRows={2} />
            <TextareaField form={form} name="notes" autosize minRows={1} />
          </Stack>
        </>
      )}
    </RecordFormModal>
  );
}

/** The terms of an internship, whoever goes: what one student's form and 整班录入 both ask. */
export type TermsDraft = Omit<Draft, 'studentId' | 'evaluation' | 'notes'>;

/** The terms as a new internship starts them, in either form: a 岗位实习 from today, no papers yet. */
export const blankTerms = (): TermsDraft => ({
  kind: 'post',
  companyId: null,
  position: '',
  city: '',
  startDate: chinaToday(new Date()),
  endDate: null,
  monthlyPayFen: null,
  companySupervisor: '',
  schoolSupervisor: '',
  agreement: false,
  guardianConsent: false,
  safetyPledge: false,
  insurance: false,
});

/** The fields of the terms, laid out once for both forms. */
export function InternshipTermsFields<V extends TermsDraft>({
  form: whole,
  company,
}: {
  form: UseFormReturnType<V>;
  /** the company already chosen, shown before the directory has loaded */
  company?: { id: number; name: string } | null;
}) {
  const { t } = useTranslation('placements');
  // The fields are named for the terms alone; whatever else the form holds is its own.
  const form = whole as unknown as UseFormReturnType<TermsDraft>;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SelectField form={form} name="kind" required allowDeselect={false} data={INTERNSHIP_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <CompanyField form={form} name="companyId" current={company} description={t('internships.companyHint')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField form={form} name="position" />
        <TextField form={form} name="city" />
        <MoneyField form={form} name="monthlyPayFen" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField form={form} name="startDate" required />
        <DateField form={form} name="endDate" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField form={form} name="companySupervisor" />
        <TextField form={form} name="schoolSupervisor" />
      </SimpleGrid>
      <Input.Wrapper label={t('internships.documents')}>
        <Group mt={4}>
          {INTERNSHIP_DOCUMENTS.map((d) => (
            <Checkbox key={d} label={t(`document.${d}`)} {...form.getInputProps(d, { type: 'checkbox' })} data-testid={`doc-${d}`} />
          ))}
        </Group>
      </Input.Wrapper>
    </>
  );
}
