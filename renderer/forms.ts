import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { issuesToFieldErrors } from '../shared/fields';

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

/**
 * Puts the focus on the first field in error of a refused form (in the order of the page), so the
 * user, or a screen reader, lands on what to correct. An error with no field of its own (a whole
 * list) is at least brought into view.
 */
export function focusFirstError(form: HTMLFormElement | null): void {
  if (!form) return;
  const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (field) {
    field.focus();
    field.scrollIntoView({ block: 'center' });
    return;
  }
  form.querySelector('.mantine-InputWrapper-error, [role="alert"]')?.scrollIntoView({ block: 'center' });
}
