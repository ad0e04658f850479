import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/hooks';

/** Under the student form's 帮扶项目 when there are none to choose: where to add them. */
export function NoProjectsHint() {
  const { t } = useTranslation();
  const projects = useApi('projects.list', {}).data;
  if (!projects || projects.length > 0) return null;
  return (
    <Text size="xs" c="orange.8" mt={4} data-testid="no-projects-hint">
      {t('gettingStarted.noProjects')}{' '}
      <Anchor component={Link} to="/settings/projects" size="xs">
        {t('gettingStarted.addProjects')}
      </Anchor>
    </Text>
  );
}
