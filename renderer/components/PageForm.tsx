import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, type ReactNode } from 'react';
import { focusFirstError, notifyIncomplete } from '../forms';
import { useUnsavedChanges } from '../unsaved-changes';

/**
 * The form of an editing page, in one place for every page:
 * - the browser's own validation stays off (messages come from the shared schema, in French,
 *   under each field), and Escape goes back like « Annuler »;
 * - a refused form (by the schema here, or by the main process's field errors) puts the focus
 *   on the first field in error;
 * - edits not yet saved make leaving the page (menu, links, « Annuler », Escape) ask first.
 */
export function PageForm<V>(props: {
  form: UseFormReturnType<V>;
  onSubmit: (values: V) => unknown;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { form } = props;
  const element = useRef<HTMLFormElement>(null);
  // Set by a submission, until its field errors (if any) have been shown and focused.
  const awaitingErrors = useRef(false);

  // A page that saved marks its form clean (`form.resetDirty()`) before it leaves.
  useUnsavedChanges(() => form.isDirty());

  useEffect(() => {
    if (!awaitingErrors.current || Object.keys(form.errors).length === 0) return;
    awaitingErrors.current = false;
    focusFirstError(element.current);
  }, [form.errors]);

  const submit = form.onSubmit(
    (values) => void props.onSubmit(values),
    () => notifyIncomplete(),
  );

  return (
    <form
      ref={element}
      onSubmit={(event) => {
        awaitingErrors.current = true;
        submit(event);
      }}
      onFocus={() => {
        // The user moved on by themselves: a later error (checked on leaving a field) must not
        // pull the focus back.
        awaitingErrors.current = false;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && props.onCancel) props.onCancel();
      }}
      noValidate
    >
      {props.children}
    </form>
  );
}
