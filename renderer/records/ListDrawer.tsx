import { Drawer, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * The drawer a statistics figure opens (统计报表, 资助统计, 覆盖情况...): its list, and
 * for a rate a switch between the list behind its numerator and the one behind its base.
 */
export function ListDrawer({
  opened,
  title,
  sides,
  testId,
  onClose,
  children,
}: {
  opened: boolean;
  title: ReactNode;
  /** a rate's two lists by name: numerator first; null for a plain figure */
  sides: { n: string; d: string } | null;
  /** on the drawer's content; its switch is `<testId>-side` */
  testId: string;
  onClose(): void;
  children(side: 'n' | 'd'): ReactNode;
}) {
  const [side, setSide] = useState<'n' | 'd'>('n');
  const close = () => {
    setSide('n');
    onClose();
  };
  return (
    <Drawer opened={opened} onClose={close} position="right" size="min(1100px, 96vw)" title={title}>
      {opened && (
        <Stack gap="sm" data-testid={testId}>
          {sides && (
            <SegmentedControl
              value={side}
              onChange={(v) => setSide(v as 'n' | 'd')}
              data={[
                { value: 'n', label: sides.n },
                { value: 'd', label: sides.d },
              ]}
              data-testid={`${testId}-side`}
            />
          )}
          {children(sides ? side : 'n')}
        </Stack>
      )}
    </Drawer>
  );
}

/** Above a figure's list: how many it holds (and its sum), and `children` (its 导出) at the right. */
export function ListHead({ count, total, testId, children }: { count: ReactNode; total?: number; testId: string; children?: ReactNode }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" data-testid={testId} data-total={total}>
        {count}
      </Text>
      {children}
    </Group>
  );
}
