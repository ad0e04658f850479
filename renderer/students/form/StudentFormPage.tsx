import { Alert, Button, Center, Group, Loader, Stack, Title } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Student } from '../../../electron/contract/students';
import type { ApiError } from '../../api/client';
import { showFieldErrors, useApi, useApiMutation } from '../../api/hooks';
import { listHref } from '../list/listParams';
import { useReferenceOptions } from '../shared/options';
import { StudentSections } from '../shared/StudentSections';
import { contractValidator } from '../shared/validation';
import { StudentFieldInput } from './StudentFieldInput';
import { EMPTY_STUDENT, StudentFormProvider, toFields, toInput, useStudentForm, valuesOf, type StudentFormValues } from './studentForm';

/** `/students/new` and `/students/:id/edit`. */
export function StudentFormPage() {
  const id = Number(useParams().id) || null;
  const student = useApi('students.get', { id: id ?? 0 }, { enabled: id !== null });
  if (id === null) return <StudentForm student={null} />;
  if (student.error) return <Alert color="red">{student.error.message}</Alert>;
  if (!student.data) return <Center h={200}><Loader /></Center>;
  return <StudentForm student={student.data} />;
}

/** Scrolls to the first field the validation or the backend marked. */
function revealFirstError(errors: FormErrors) {
  const first = Object.keys(errors)[0];
  if (first) document.querySelector(`[name="${first}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * The form, filled from `student` when editing. Its version is the one read with the record:
 * if someone else saves in between, the save is refused and the input stays for the user.
 */
function StudentForm({ student }: { student: Student | null }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const options = useReferenceOptions();
  const form = useStudentForm({
    initialValues: student ? valuesOf(student) : EMPTY_STUDENT,
    validate: contractValidator('students.create', toInput),
  });
  const create = useApiMutation('students.create', { invalidates: ['students'], notifyErrors: false });
  const update = useApiMutation('students.update', { invalidates: ['students'], notifyErrors: false });
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const save = (values: StudentFormValues) => {
    const handlers = {
      onSuccess: (saved: Student) => {
        notifications.show({ color: 'teal', message: tc('saved') });
        navigate(`/students/${saved.id}`, { replace: true });
      },
      onError: (e: ApiError) => {
        showFieldErrors(form, e);
        if (e.fields.length) revealFirstError(Object.fromEntries(e.fields.map((f) => [f.field, f.message])));
        else window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    };
    if (student) update.mutate({ ...toFields(values), id: student.id, version: student.version }, handlers);
    else create.mutate(toFields(values), handlers);
  };

  return (
    <StudentFormProvider form={form}>
      <form onSubmit={form.onSubmit(save, revealFirstError)} noValidate>
        <Stack gap="md" maw={1100}>
          <Title order={3}>{student ? t('editTitle', { name: student.name }) : t('newTitle')}</Title>
          {error && (
            <Alert color="red" variant="light" title={error.code === 'conflict' ? t('notSaved') : undefined} data-testid="student-form-error">
              {error.message}
            </Alert>
          )}
          <StudentSections renderField={(field) => <StudentFieldInput field={field} options={options} />} />
          <Group
            justify="flex-end"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-default-border)' }}
          >
            <Button variant="default" component={Link} to={student ? `/students/${student.id}` : listHref()}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" data-testid="student-save" loading={saving}>
              {tc('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </StudentFormProvider>
  );
}
