import { Button, Checkbox, Group, Input, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealIsoDate } from '../../../electron/contract/dates';
import { ApiError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { SelectField, TextareaField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { useEnumLabel, useReferenceOptions } from '../../students/shared/options';
import { blankTerms, InternshipTermsFields, type TermsDraft } from './InternshipModal';

type Draft = TermsDraft & { classId: number | null; studentIds: number[]; notes: string };

const blank = (): Draft => ({ classId: null, studentIds: [], ...blankTerms(), notes: '' });

/** Why a student cannot go, by id, from a refusal that names each (the backend's `students.<id>` fields). */
const reasonsOf = (e: ApiError) =>
  new Map(e.fields.filter((f) => f.field.startsWith('students.')).map((f) => [Number(f.field.split('.')[1]), String(f.params?.reason ?? f.message)]));

/** 整班录入: one class, the students going (those in school on the start date ticked), and the terms they share. */
export function ClassInternshipsModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('placements');
  const create = useApiMutation('internships.createForClass', { notifyErrors: false });
  const classes = useReferenceOptions().classesOf(null);
  const [reasons, setReasons] = useState(new Map<number, string>());
  return (
    <RecordFormModal<Draft>
      opened
      labels="placements"
      title={t('bulk.title')}
      formKey="class-internships"
      initialValues={blank()}
      savedMessage={t('bulk.saved')}
      onClose={onClose}
      onSave={async ({ classId, companyId, ...values }) => {
        setReasons(new Map());
        try {
          return await create.mutateAsync({ ...values, classId: classId ?? 0, companyId: companyId ?? 0 });
        } catch (e) {
          if (e instanceof ApiError) setReasons(reasonsOf(e));
          throw e;
        }
      }}
    >
      {(form) => (
        <>
          <Text size="sm" c="dimmed">
            {t('bulk.hint')}
          </Text>
          <SelectField form={form} name="classId" required data={classes} searchable data-autofocus />
          <InternshipTermsFields form={form} />
          <Students form={form} reasons={reasons} />
          <TextareaField form={form} name="notes" autosize minRows={1} />
        </>
      )}
    </RecordFormModal>
  );
}

/** The class's students as of the start date: ticked when in school then, the others marked with their status; refusals beside each name. */
function Students({ form, reasons }: { form: UseFormReturnType<Draft>; reasons: Map<number, string> }) {
  const { t } = useTranslation('placements');
  const status = useEnumLabel();
  const { classId, startDate, studentIds } = form.getValues();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(startDate) && isRealIsoDate(startDate) ? startDate : null;
  const list = useApi('internships.classStudents', { classId: classId ?? 0, on: day ?? '' }, { enabled: classId !== null && day !== null });
  const rows = classId !== null && day !== null ? list.data : undefined;
  const inSchool = rows?.filter((s) => s.status === 'enrolled').map((s) => s.id) ?? [];
  // Another class or start date: those in school then are the ones going, until the user says otherwise.
  useEffect(() => {
    if (rows) form.setFieldValue('studentIds', inSchool);
  }, [rows]);
  const checked = new Set(studentIds);
  const error = form.errors.studentIds;

  return (
    <Input.Wrapper label={t('bulk.students', { checked: checked.size, total: rows?.length ?? 0 })} withAsterisk error={error}>
      {rows === undefined ? (
        <Text size="sm" c="dimmed">
          {list.error?.message ?? t('bulk.pickClass')}
        </Text>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('bulk.empty')}
        </Text>
      ) : (
        <Stack gap={6} mt={4}>
          <Group gap="xs">
            <Button size="compact-xs" variant="light" onClick={() => form.setFieldValue('studentIds', inSchool)}>
              {t('bulk.allInSchool')}
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => form.setFieldValue('studentIds', [])}>
              {t('bulk.noneChecked')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={220} type="auto">
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing={6} data-testid="class-students">
              {rows.map((s) => {
                const reason = reasons.get(s.id);
                const away = s.status !== 'enrolled' ? (s.status ? status('status', s.status) : t('bulk.notEnrolled')) : null;
                return (
                  <Checkbox
                    key={s.id}
                    wrapperProps={{ 'data-testid': 'class-student' }}
                    checked={checked.has(s.id)}
                    onChange={(e) => form.setFieldValue('studentIds', e.currentTarget.checked ? [...studentIds, s.id] : studentIds.filter((id) => id !== s.id))}
                    label={
                      <>
                        {s.name}
                        {away && (
                          <Text span size="xs" c="orange">
                            {t('bulk.away', { status: away })}
                          </Text>
                        )}
                      </>
                    }
                    description={reason}
                    error={reason ? true : undefined}
                    styles={{ description: { color: 'var(--mantine-color-red-7)' } }}
                  />
                );
              })}
            </SimpleGrid>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Input.Wrapper>
  );
}
