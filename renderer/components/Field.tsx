import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a record's page; an empty value shows a dash, line breaks are kept. */
export function Field(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {props.children || '—'}
      </Text>
    </div>
  );
}
