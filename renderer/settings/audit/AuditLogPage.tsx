import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../electron/contract/audit';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { formatDateTime } from '../../format';
import { ListFooter } from '../../lists/ListFooter';
import { param, useUrlState } from '../../lists/urlState';
import { RecordTable } from '../../records/RecordTable';
import { AuditChanges } from './AuditChanges';
import { Tag } from '../../ui/Tag';
import { actionLabel, AUDIT_ENTITIES, entityLabel, recordLink, type IdNames } from './auditLabels';

const PAGE_SIZE = 50;

/** The log's filters and page, kept in the URL like the register's (a link to a filtered log works). */
const SCHEMA = {
  entity: param.oneOf(AUDIT_ENTITIES),
  userId: param.id(),
  from: param.isoDate(),
  to: param.isoDate(),
  page: param.page(),
};
const FILTERS = ['entity', 'userId', 'from', 'to'] as const;

const ACTION_COLORS: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  status: 'grape',
  status_void: 'orange',
  status_correct: 'grape',
  export: 'cyan',
};

/** 审计日志 (administrators only): who changed what and when, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { current, update: filter, reset } = useUrlState(SCHEMA);
  const { page, ...chosen } = current;
  const filters = { ...chosen, entity: chosen.entity ?? '' };
  const users = useApi('users.list', {});
  const names = useIdNames();
  const log = useApi('audit.list', { ...filters, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData });
  const total = log.data?.total ?? 0;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('audit.entityFilter')}
          placeholder={tc('all')}
          clearable
          w={150}
          value={current.entity}
          onChange={(v) => filter({ entity: v as (typeof AUDIT_ENTITIES)[number] | null })}
          data={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
          data-testid="audit-entity"
        />
        <Select<number>
          label={t('audit.userFilter')}
          placeholder={tc('all')}
          clearable
          searchable
          w={180}
          value={current.userId}
          onChange={(v) => filter({ userId: v })}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
          data-testid="audit-user"
        />
        {(['from', 'to'] as const).map((key) => (
          <DateInput
            key={key}
            label={t(`audit.${key}`)}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            w={150}
            value={current[key]}
            onChange={(v) => filter({ [key]: v })}
            data-testid={`audit-${key}`}
          />
        ))}
        <Button variant="default" onClick={() => reset(FILTERS)}>
          {tc('action.reset')}
        </Button>
        <ExportButton method="audit.export" input={filters} count={log.data?.total} />
      </Group>

      <RecordTable
        rowTestId="audit-row"
        rows={log.data?.rows}
        error={log.error?.message}
        columns={[
          { key: 'at', header: t('audit.time'), render: (e) => formatDateTime(e.at), nowrap: true },
          { key: 'user', header: t('audit.user'), render: (e) => e.userName ?? t('audit.nobody'), nowrap: true },
          { key: 'from', header: t('audit.source'), render: (e) => e.clientAddress ?? t('audit.thisPc'), nowrap: true },
          {
            key: 'action',
            header: t('audit.action'),
            nowrap: true,
            render: (e) => (
              <Tag color={ACTION_COLORS[e.action] ?? 'gray'}>{actionLabel(t, e.action)}</Tag>
            ),
          },
          {
            key: 'target',
            header: t('audit.target'),
            nowrap: true,
            render: (e) => <AuditTarget entry={e} />,
          },
          { key: 'changes', header: t('audit.changes'), fill: true, render: (e) => <AuditChanges entry={e} names={names} /> },
        ]}
      />

      <ListFooter total={total} pageSize={PAGE_SIZE} page={page} onPage={(p) => filter({ page: p })}>
        <Text size="sm" c="dimmed">
          {tc('total', { count: total })}
        </Text>
      </ListFooter>
    </Stack>
  );
}

/** What an entry is about; its name (or, for the settings, the kind) links to where that record is shown. */
function AuditTarget({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('settings');
  const to = recordLink(entry);
  const link = (text: string) => (
    <Anchor component={Link} to={to!} size="sm" data-testid="audit-link">
      {text}
    </Anchor>
  );
  const kind = entityLabel(t, entry.entity);
  if (entry.entityId === null) return to ? link(kind) : kind;
  // A deleted record has no name left to show, nor a page.
  const name = entry.entityName ?? `#${entry.entityId}`;
  return (
    <>
      {kind}{' '}
      {to ? (
        link(name)
      ) : (
        <Text span c="dimmed" size="sm">
          {name}
        </Text>
      )}
    </>
  );
}

/** Names for the ids audit entries hold in their fields, from the lists already cached for the settings pages. */
function useIdNames(): IdNames {
  const projects = useApi('projects.list', {});
  const cohorts = useApi('cohorts.list', {});
  const majors = useApi('majors.list', {});
  const classes = useApi('classes.list', {});
  const users = useApi('users.list', {});
  return useMemo(() => {
    const userNames = byId(users.data, (u) => u.displayName);
    return {
      projectId: byId(projects.data, (p) => p.name),
      cohortId: byId(cohorts.data, (c) => `${c.projectName} ${c.name}`),
      majorId: byId(majors.data, (m) => m.name),
      classId: byId(classes.data, (c) => c.name),
      headTeacherId: userNames,
      counsellorId: userNames,
      userId: userNames,
    };
  }, [projects.data, cohorts.data, majors.data, classes.data, users.data]);
}

function byId<R extends { id: number }>(rows: R[] | undefined, name: (row: R) => string): Map<number, string> {
  return new Map((rows ?? []).map((r) => [r.id, name(r)]));
}
