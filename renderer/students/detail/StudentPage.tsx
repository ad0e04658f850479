import { Alert, Anchor, Button, Center, Group, Loader, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowsExchange, IconPencil } from '@tabler/icons-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { listHref } from '../list/listParams';
import type { StudentTab } from '../../area';
import { AREAS } from '../../areas';
import { canRoleCall, useCanCall } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { DossierPrintButton } from '../../reports/dossier/DossierPrintButtons';
import { RegisterPrintButton } from '../../reports/student/RegisterPrintButton';
import { StatusBadge } from '../shared/StatusBadge';
import { allowedEvents, StatusChangeModal } from './StatusChangeModal';

/** The tabs of a student's page: each area offers its own (月度监测, 资助, 实习就业…), for the roles that may read it. */
function useTabs(): StudentTab[] {
  const role = useCurrentUser().role;
  return AREAS.flatMap((area): readonly StudentTab[] => ('studentTabs' in area ? area.studentTabs : [])).filter((tab) => canRoleCall(role, tab.needs));
}

/** `/students/:id`. */
export function StudentPage() {
  const id = Number(useParams().id);
  const student = useApi('students.get', { id });
  if (student.error) return <Alert color="red">{student.error.code === 'not_found' ? <NotFound /> : student.error.message}</Alert>;
  if (!student.data) return <Center h={200}><Loader /></Center>;
  return <StudentView student={student.data} />;
}

function NotFound() {
  const { t } = useTranslation('students');
  return (
    <>
      {t('notFound')}{' '}
      <Anchor component={Link} to={listHref()}>
        {t('backToList')}
      </Anchor>
    </>
  );
}

function StudentView({ student }: { student: Student }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const canEdit = useCanCall('students.update');
  const [changingStatus, setChangingStatus] = useState(false);
  // The open tab is in the URL so that going back returns to it.
  const [params, setParams] = useSearchParams();
  const tabs = useTabs();
  const tab = tabs.find((x) => x.value === params.get('tab'))?.value ?? 'info';
  const events = allowedEvents(student);

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={listHref()} size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={3}>{student.name}</Title>
            <StatusBadge status={student.status} size="lg" />
            <Text size="sm" c="dimmed">
              {t('detail.statusSince', { date: student.statusDate })}
            </Text>
          </Group>
          <Text c="dimmed" size="sm" mt={4}>
            {[student.projectName, student.cohortName, student.className].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap="xs">
          <RegisterPrintButton student={student} />
          <DossierPrintButton student={student} />
          {canEdit && (
            <>
              <Button data-testid="student-edit" variant="default" leftSection={<IconPencil size={16} />} component={Link} to={`/students/${student.id}/edit`}>
                {tc('action.edit')}
              </Button>
              <Tooltip label={t('changeStatus.noneAllowed', { status: t(`status.${student.status}`) })} disabled={events.length > 0}>
                <Button
                  data-testid="student-status"
                  leftSection={<IconArrowsExchange size={16} />}
                  onClick={() => setChangingStatus(true)}
                  disabled={events.length === 0}
                >
                  {t('changeStatus.button')}
                </Button>
              </Tooltip>
            </>
          )}
        </Group>
      </Group>
      <Tabs value={tab} onChange={(value) => setParams(value === 'info' ? {} : { tab: value ?? '' }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map(({ value, label, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} data-testid={`tab-${value}`} leftSection={<Icon size={16} />}>
              {t(label as never)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, panel: Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Suspense fallback={<Loader size="sm" />}>
              <Panel student={student} />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
      {changingStatus && <StatusChangeModal student={student} onClose={() => setChangingStatus(false)} />}
    </Stack>
  );
}
