import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { issuesToFieldErrors } from '../shared/schemas/fields';

/**
 * Validates a form with the very schema the main process uses, so the message under the field
 * and the refusal at the boundary can never disagree.
 */
export function schemaValidator<T>(schema: z.ZodType, prepare: (values: T) => unknown = (v) => v) {
  return (values: T): Record<string, string> => {
    const result = schema.safeParse(prepare(values));
    return result.success ? {} : issuesToFieldErrors(result.error.issues);
  };
}

/** Said when the user submits a form that still has errors: they are shown under the fields. */
export function notifyIncomplete(): void {
  notifications.show({
    color: 'orange',
    title: 'Formulaire incomplet',
    message: 'Corrigez les champs signalés en rouge.',
  });
}
