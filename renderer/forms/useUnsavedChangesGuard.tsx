import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before a form with unsaved input is left: for a move inside the app (a link, the side
 * navigation, a tab), with this modal; for closing or reloading the window, with the browser's
 * own question (in Electron, the main process asks). `isDirty` is asked at the moment of leaving,
 * so a save that moves on can say "nothing unsaved" first. Render the returned element.
 */
export function useUnsavedChangesGuard(isDirty: () => boolean): ReactNode {
  const { t } = useTranslation();
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  // A change of the query alone (?tab=) stays on the page and keeps the input.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && dirty.current());

  useEffect(() => {
    const ask = (e: BeforeUnloadEvent) => {
      if (!dirty.current()) return;
      e.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) still look at returnValue.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('unsaved.title')} centered>
      <Text size="sm">{t('unsaved.text')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-testid="unsaved-stay" data-autofocus>
          {t('unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
