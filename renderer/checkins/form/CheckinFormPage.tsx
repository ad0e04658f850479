import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Checkin, MonthRow } from '../../../electron/contract/checkins';
import { yearMonth } from '../../../electron/contract/fields';
import { ApiError } from '../../api/client';
import { showFieldErrors, useApi, useApiMutation } from '../../api/hooks';
import { contractValidator } from '../../forms/contractValidator';
import { FieldTextsProvider } from '../../forms/fieldTexts';
import { useUnsavedChangesGuard } from '../../forms/useUnsavedChangesGuard';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import { usePhone } from '../../ui/usePhone';
import { monthLabel, thisMonth } from '../shared/months';
import { formHref } from '../month/formHref';
import { blankCheckin, toInput, valuesOf, type CheckinValues } from './checkinForm';
import { CheckinSections } from './CheckinSections';

/** `/checkins/:month/:studentId`: one student's check-in for one month, new or saved. */
export function CheckinFormPage() {
  const params = useParams();
  const month = params.month ?? '';
  const studentId = Number(params.studentId);
  const valid = yearMonth.safeParse(month).success && month <= thisMonth() && Number.isInteger(studentId) && studentId > 0;
  const got = useApi('checkins.get', { studentId, month }, { enabled: valid });
  const view = useApi('checkins.month', { month }, { enabled: valid });
  if (!valid) return <Navigate to="/checkins" replace />;
  if (got.error) return <Alert color="red">{got.error.message}</Alert>;
  if (!got.data || !view.data)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  const { checkin, previous } = got.data;
  return (
    <CheckinForm
      key={`${studentId}@${month}@${checkin?.version ?? 'new'}`}
      month={month}
      studentId={studentId}
      saved={checkin}
      previous={previous}
      rows={view.data.rows}
    />
  );
}

interface FormProps {
  month: string;
  studentId: number;
  saved: Checkin | null;
  previous: Checkin | null;
  rows: MonthRow[];
}

function CheckinForm({ month, studentId, saved, previous, rows }: FormProps) {
  const { t } = useTranslation('checkins');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const toSave = (values: CheckinValues) => toInput(values, studentId, month, saved);
  const form = useForm<CheckinValues>({
    initialValues: saved ? valuesOf(saved) : blankCheckin(month),
    validate: contractValidator('checkins.save', toSave),
  });
  const save = useApiMutation('checkins.save', { notifyErrors: false });
  const done = useRef(false);
  const guard = useUnsavedChangesGuard(() => !done.current && form.isDirty());
  const access = saved?.access ?? 'edit';
  const name = rows.find((r) => r.studentId === studentId)?.name ?? saved?.studentName ?? '';
  const next = nextOpen(rows, studentId);
  const backHref = `/checkins?month=${month}`;
  const phone = usePhone();
  const size = phone ? 'md' : undefined;

  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(toSave(values) as never);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showFieldErrors(form, e);
      return;
    }
    done.current = true;
    notifications.show({ color: 'teal', message: tc('saved') });
    if (saved) navigate(backHref);
    else if (next) navigate(formHref(month, next.studentId));
    else {
      notifications.show({ color: 'teal', message: t('form.allDone', { month: monthLabel(month, locale) }) });
      navigate(backHref);
    }
  });

  const carryOver = () => {
    form.setValues(valuesOf(previous!, { date: form.getValues().date }));
    notifications.show({ message: t('form.carried', { month: monthLabel(previous!.month, locale) }) });
  };

  // A refusal at a field the form does not show (the edit window's, for a counsellor) is shown at the top.
  const shown = (field: string) => field in form.values && (field !== 'editReason' || access === 'reason');
  const general = save.error?.fields.length ? save.error.fields.filter((f) => !shown(f.field)).map((f) => f.message).join(' ') || null : (save.error?.message ?? null);
  return (
    <FieldTextsProvider ns="checkins">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={1100}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <div>
              <Title order={3} data-testid="checkin-title">
                {t('form.newTitle', { name, month: monthLabel(month, locale) })}
              </Title>
              {saved && (
                <Text size="sm" c="dimmed">
                  {t('form.author', { name: saved.authorName ?? '—', at: formatDateTime(saved.createdAt) })}
                </Text>
              )}
            </div>
            <Anchor component={Link} to={backHref} size="sm">
              {t('form.back')}
            </Anchor>
          </Group>
          {access === 'read' && <Alert color="gray">{t('form.readOnly', { why: t('form.readOnlyWhy') })}</Alert>}
          {general && (
            <Alert color="red" data-testid="checkin-error">
              {general}
            </Alert>
          )}
          {!saved && previous && (
            <Group>
              <Button variant="light" size="xs" leftSection={<IconArrowBackUp size={14} />} onClick={carryOver} data-testid="checkin-carry">
                {t('form.carryOver', { month: monthLabel(previous.month, locale) })}
              </Button>
            </Group>
          )}
          <fieldset disabled={access === 'read'} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <CheckinSections form={form} askReason={access === 'reason'} />
          </fieldset>
          {access !== 'read' && (
            // On a phone, two wide buttons for a thumb, as the bar stays at the screen's foot.
            <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 2 }} grow={phone}>
              <Button variant="default" component={Link} to={backHref} size={size}>
                {tc('action.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="checkin-save" size={size}>
                {saved || !next ? tc('action.save') : t('form.saveNext')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {guard}
    </FieldTextsProvider>
  );
}

/** The next student of the month still without a check-in, after this one in the list's order (then from the top). */
function nextOpen(rows: MonthRow[], studentId: number): MonthRow | null {
  const at = rows.findIndex((r) => r.studentId === studentId);
  const order = [...rows.slice(at + 1), ...rows.slice(0, Math.max(at, 0))];
  return order.find((r) => r.state !== 'done' && r.studentId !== studentId) ?? null;
}
