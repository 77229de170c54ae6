import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState(props: {
  title: string;
  children: ReactNode;
  actionLabel?: string;
  onAction?: () => void;
}) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" maw={520} mx="auto" ta="center">
        <Title order={3} size="h4">
          {props.title}
        </Title>
        <Text c="dimmed">{props.children}</Text>
        {props.actionLabel && props.onAction && <Button onClick={props.onAction}>{props.actionLabel}</Button>}
      </Stack>
    </Paper>
  );
}
