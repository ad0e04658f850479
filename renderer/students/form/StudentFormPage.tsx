import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatMessage } from '../../../electron/contract/messages';
import { recordProblems } from '../../../electron/contract/plausibility';
import type { Student } from '../../../electron/contract/students';
import type { ApiError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { useUnsavedChangesGuard } from '../../forms/useUnsavedChangesGuard';
import { currentLocale } from '../../i18n';
import { listHref } from '../list/listParams';
import { useReferenceOptions } from '../shared/options';
import { StudentSections } from '../shared/StudentSections';
import { contractValidator } from '../../forms/contractValidator';
import { StudentFieldInput } from './StudentFieldInput';
import { FieldTextsProvider } from '../../forms/fieldTexts';
import { EMPTY_STUDENT, REQUIRED, StudentFormProvider, toFields, toInput, useStudentForm, valuesOf, type StudentFormValues } from './studentForm';

/** `/students/new` and `/students/:id/edit`. */
export function StudentFormPage() {
  const id = Number(useParams().id) || null;
  const student = useApi('students.get', { id: id ?? 0 }, { enabled: id !== null });
  // Counts the reloads the user asked for: each one starts the form afresh from the record read.
  const [reloads, setReloads] = useState(0);
  if (id === null) return <StudentForm student={null} />;
  if (student.error) return <Alert color="red">{student.error.message}</Alert>;
  if (!student.data) return <Center h={200}><Loader /></Center>;
  const reload = async () => {
    await student.refetch();
    setReloads((n) => n + 1);
  };
  return <StudentForm key={reloads} student={student.data} onReload={reload} />;
}

/** Scrolls to the first field the validation or the backend marked. */
function revealFirstError(errors: FormErrors) {
  const first = Object.keys(errors)[0];
  if (first) document.querySelector(`[name="${first}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

const contractErrors = contractValidator('students.create', toInput);

/** The contract's checks, then the record's own (enrolment after birth), as the backend makes them. */
function validate(values: StudentFormValues): FormErrors {
  const errors = contractErrors(values);
  const { name, birthDate, enrolmentDate } = values;
  if (errors.birthDate || errors.enrolmentDate || !birthDate || !enrolmentDate) return errors;
  for (const p of recordProblems({ name, birthDate, enrolmentDate })) errors[p.field] = formatMessage(currentLocale(), p.key, p.params);
  return errors;
}

/**
 * The form, filled from `student` when editing. Its version is the one read with the record:
 * if someone else saves in between, the save is refused and the input stays for the user, who
 * may reload the record (giving up their input) to edit it again.
 */
function StudentForm({ student, onReload }: { student: Student | null; onReload?: () => Promise<void> }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const options = useReferenceOptions();
  const form = useStudentForm({ initialValues: student ? valuesOf(student) : EMPTY_STUDENT, validate });
  const create = useApiMutation('students.create', { notifyErrors: false });
  const update = useApiMutation('students.update', { notifyErrors: false });
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const [reloading, setReloading] = useState(false);
  // Set once saved, so moving on to the record is not taken for leaving with unsaved input.
  const saved = useRef(false);
  const guard = useUnsavedChangesGuard(() => !saved.current && form.isDirty());

  /** The backend's field errors under their fields; one naming another student links to them. */
  const showErrors = (e: ApiError) => {
    for (const f of e.fields) {
      const other = f.params?.studentId;
      form.setFieldError(
        f.field,
        other === undefined ? (
          f.message
        ) : (
          <>
            {f.message}{' '}
            <Anchor component={Link} to={`/students/${other}`} size="xs" data-testid="duplicate-student-link">
              {t('viewStudent')}
            </Anchor>
          </>
        ),
      );
    }
    if (e.fields.length) revealFirstError(Object.fromEntries(e.fields.map((f) => [f.field, f.message])));
    else window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const save = (values: StudentFormValues) => {
    const handlers = {
      onSuccess: (result: Student) => {
        saved.current = true;
        notifications.show({ color: 'teal', message: tc('saved') });
        navigate(`/students/${result.id}`, { replace: true });
      },
      onError: showErrors,
    };
    if (student) update.mutate({ ...toFields(values), id: student.id, version: student.version }, handlers);
    else create.mutate(toFields(values), handlers);
  };

  return (
    <StudentFormProvider form={form}>
      <FieldTextsProvider ns="students" required={REQUIRED}>
        <form onSubmit={form.onSubmit(save, revealFirstError)} noValidate>
          <Stack gap="md" maw={1100}>
            <Title order={3}>{student ? t('editTitle', { name: student.name }) : t('newTitle')}</Title>
            {error && (
              <Alert color="red" variant="light" title={error.code === 'conflict' ? t('notSaved') : undefined} data-testid="student-form-error">
                {error.message}
                {error.code === 'conflict' && onReload && (
                  <Group gap="sm" mt="sm" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="white"
                      color="red"
                      leftSection={<IconRefresh size={14} />}
                      loading={reloading}
                      data-testid="student-form-reload"
                      onClick={() => {
                        setReloading(true);
                        void onReload();
                      }}
                    >
                      {t('conflict.reload')}
                    </Button>
                    <Text size="xs" c="dimmed">
                      {t('conflict.hint')}
                    </Text>
                  </Group>
                )}
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
      </FieldTextsProvider>
      {guard}
    </StudentFormProvider>
  );
}
