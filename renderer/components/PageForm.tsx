import type { FormEventHandler, ReactNode } from 'react';

/**
 * The form of an editing page: the browser's own validation stays off (messages come from the
 * shared schema, in French, under each field) and Escape goes back like « Annuler ».
 */
export function PageForm(props: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={props.onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
      noValidate
    >
      {props.children}
    </form>
  );
}
