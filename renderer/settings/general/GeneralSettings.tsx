import { Alert, Button, Center, Checkbox, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/contract/settings';
import { showFieldErrors, useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { useUnsavedChangesGuard } from '../../forms/useUnsavedChangesGuard';
import { currentLocale } from '../../i18n';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { NumberField, SwitchField, TextField } from '../../forms/fields';
import { ACADEMIC_MONTHS, monthName } from './academicMonths';
import { TargetsSection } from './TargetsSection';

/** Follow-up points offered: the usual 3, 6 and 12 months and a few more. */
const FOLLOW_UP_CHOICES = [1, 3, 6, 9, 12, 18, 24];

/** 基本设置: school name and academic calendar (saved for everyone), language (this PC only). */
export function GeneralSettings() {
  const { t } = useTranslation('settings');
  const settings = useApi('settings.get', {});
  return (
    <Stack maw={760}>
      {settings.data ? (
        <SchoolSettingsForm key={JSON.stringify(settings.data)} initialValues={settings.data} />
      ) : (
        <Center py="xl">{settings.error ? <Text c="red">{settings.error.message}</Text> : <Loader />}</Center>
      )}
      <Section title={t('general.language')} hint={t('general.languageHint')}>
        <Group>
          <LanguageSwitch />
        </Group>
      </Section>
    </Stack>
  );
}

/** The 预警 thresholds, with the bounds the contract keeps them in. */
const THRESHOLDS = [
  { key: 'attendanceBelow', min: 0, max: 100 },
  { key: 'attendanceDrop', min: 1, max: 100 },
  { key: 'missedMonths', min: 1, max: 3 },
] as const;

function SchoolSettingsForm({ initialValues }: { initialValues: Settings }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const canEdit = useCanCall('settings.update');
  // The school name in the header comes with the session status, so refresh that too.
  const update = useApiMutation('settings.update');
  const form = useForm<Settings>({ initialValues });
  const guard = useUnsavedChangesGuard(() => form.isDirty());
  const months = form.getValues().inSchoolMonths;

  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => notifications.show({ color: 'green', message: tc('saved') }),
      onError: (e) => showFieldErrors(form, e),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!canEdit && (
          <Alert color="gray" icon={<IconInfoCircle size={18} />}>
            {t('general.adminOnly')}
          </Alert>
        )}
        <Section title={t('general.school')}>
          <TextField form={form} name="schoolName" label={t('fields.schoolName')} description={t('general.schoolNameHint')} readOnly={!canEdit} maw={420} />
        </Section>
        <Section title={t('general.calendar')} hint={t('general.calendarHint')}>
          <Checkbox.Group
            label={t('fields.inSchoolMonths')}
            description={t('general.monthsChosen', { count: months.length })}
            value={months.map(String)}
            onChange={(v) => form.setFieldValue('inSchoolMonths', v.map(Number))}
            error={form.errors.inSchoolMonths}
          >
            <SimpleGrid cols={6} spacing="xs" verticalSpacing="xs" mt="xs" maw={560}>
              {ACADEMIC_MONTHS.map((m) => (
                <Checkbox
                  key={m}
                  value={String(m)}
                  label={monthName(m, currentLocale())}
                  disabled={!canEdit}
                  data-testid={`month-${m}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Section>
        <Section title={t('general.checkins')}>
          <NumberField
            form={form}
            name="checkinEditDays"
            label={t('fields.checkinEditDays')}
            description={t('general.checkinEditDaysHint')}
            min={1}
            max={365}
            readOnly={!canEdit}
            maw={420}
          />
        </Section>
        <Section title={t('general.allowances')}>
          <SwitchField
            form={form}
            name="allowanceReviewStep"
            label={t('fields.allowanceReviewStep')}
            description={t('general.allowanceReviewStepHint')}
            disabled={!canEdit}
          />
        </Section>
        <Section title={t('general.placements')}>
          <Checkbox.Group
            label={t('fields.followUpMonths')}
            description={t('general.followUpMonthsHint')}
            value={form.getValues().followUpMonths.map(String)}
            onChange={(v) => form.setFieldValue('followUpMonths', v.map(Number))}
            error={form.errors.followUpMonths}
          >
            <Group mt="xs">
              {FOLLOW_UP_CHOICES.map((m) => (
                <Checkbox key={m} value={String(m)} label={t('general.monthsAfter', { count: m })} disabled={!canEdit} data-testid={`follow-up-${m}`} />
              ))}
            </Group>
          </Checkbox.Group>
        </Section>
        <Section title={t('general.warnings')} hint={t('general.warningsHint')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} maw={720}>
            {THRESHOLDS.map(({ key, ...limits }) => (
              <NumberField key={key} form={form} name={`warningThresholds.${key}`} label={t(`fields.warningThresholds.${key}`)} readOnly={!canEdit} {...limits} />
            ))}
          </SimpleGrid>
        </Section>
        <Section title={t('general.targets')} hint={t('general.targetsHint')}>
          <TargetsSection form={form} canEdit={canEdit} />
        </Section>
        {canEdit && (
          <Group>
            <Button type="submit" loading={update.isPending} data-testid="settings-save">
              {tc('action.save')}
            </Button>
          </Group>
        )}
      </Stack>
      {guard}
    </form>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={5}>{title}</Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
