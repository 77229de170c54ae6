import { Anchor, Breadcrumbs, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function PageHeader(props: {
  title: string;
  back?: { to: string; label: string };
  actions?: ReactNode;
}) {
  return (
    <Stack gap={4} mb="md">
      {props.back && (
        <Breadcrumbs>
          <Anchor component={Link} to={props.back.to} size="sm">
            {props.back.label}
          </Anchor>
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2}>{props.title}</Title>
        {props.actions && <Group gap="sm">{props.actions}</Group>}
      </Group>
    </Stack>
  );
}
