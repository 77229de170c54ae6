import { Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/** A modal asking for a reason, used to cancel a meeting or a session, or void an attestation. */
export function askReason(options: {
  title: string;
  text: ReactNode;
  label: string;
  confirm: string;
  checkbox?: string;
  onConfirm: (reason: string, checked: boolean) => Promise<void>;
}) {
  let reason = '';
  let checked = false;
  const id = modals.openConfirmModal({
    title: options.title,
    closeOnConfirm: false,
    children: (
      <Stack gap="sm">
        <Text size="sm">{options.text}</Text>
        <Textarea
          label={options.label}
          required
          autosize
          minRows={2}
          data-autofocus
          onChange={(e) => (reason = e.currentTarget.value)}
        />
        {options.checkbox && (
          <Checkbox label={options.checkbox} onChange={(e) => (checked = e.currentTarget.checked)} />
        )}
      </Stack>
    ),
    labels: { confirm: options.confirm, cancel: 'Ne rien faire' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      if (!reason.trim()) {
        notifications.show({ color: 'red', title: 'Motif manquant', message: 'Indiquez le motif.' });
        return;
      }
      await options.onConfirm(reason.trim(), checked);
      modals.close(id);
    },
  });
}
